/**
 * What face-api gets when it asks for `@tensorflow/tfjs` in the face worker (see tfjsCoreOnly.mjs):
 * tfjs-core and tfjs-converter, plus the chained tensor methods (`tensor.as3D()`, `tensor.add()`…)
 * that the full bundle registers and face-api calls. tfjs-core ships those only as ES-module sources
 * Node cannot load, so each is forwarded here to the op of the same name.
 */
import * as core from '@tensorflow/tfjs-core'

export * from '@tensorflow/tfjs-core'
export * from '@tensorflow/tfjs-converter'

const FORWARDED = `abs acos acosh add all any argMax argMin asin asinh atan atan2 atanh batchNorm batchToSpaceND
  broadcastTo cast ceil clipByValue conv1d conv2d cos cosh cumprod cumsum depthToSpace div divNoNan dot elu
  equal erf euclideanNorm exp expandDims expm1 fft floor floorDiv gather greater greaterEqual ifft irfft isFinite
  isInf isNaN leakyRelu less lessEqual log log1p logSigmoid logSoftmax logSumExp logicalAnd logicalNot logicalOr
  logicalXor matMul max maximum mean min minimum mirrorPad mod mul neg norm notEqual oneHot onesLike pad pool pow
  prelu prod reciprocal relu relu6 reshape reverse rfft round rsqrt selu sigmoid sign sin sinh slice softmax
  softplus spaceToBatchND split sqrt square squaredDifference squeeze step stridedSlice sub sum tan tanh tile
  topk transpose unique unstack zerosLike`.split(/\s+/)

const prototype = core.Tensor.prototype
for (const name of FORWARDED) {
  prototype[name] ??= function (...args) {
    return core[name](this, ...args)
  }
}
Object.assign(prototype, {
  as1D() { return core.reshape(this, [this.size]) },
  as2D(rows, columns) { return core.reshape(this, [rows, columns]) },
  as3D(rows, columns, depth) { return core.reshape(this, [rows, columns, depth]) },
  as4D(rows, columns, depth, depth2) { return core.reshape(this, [rows, columns, depth, depth2]) },
  asScalar() { return core.reshape(this, []) },
  asType(dtype) { return core.cast(this, dtype) },
  toFloat() { return core.cast(this, 'float32') },
  toInt() { return core.cast(this, 'int32') },
  toBool() { return core.cast(this, 'bool') },
  flatten() { return core.reshape(this, [this.size]) },
  reshapeAs(other) { return core.reshape(this, other.shape) },
  concat(others, axis) { return core.concat([this, ...(others instanceof core.Tensor ? [others] : others)], axis) },
  stack(others, axis) { return core.stack([this, ...(others instanceof core.Tensor ? [others] : others)], axis) },
  where(condition, other) { return core.where(condition, this, other) },
})
