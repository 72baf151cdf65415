// The face worker runs on the WASM backend only; face-api's import of WebGL resolves here.
export {}
