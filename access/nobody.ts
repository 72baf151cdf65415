/**
 * No one, through the API or the admin. For documents only the site's own server code writes (it
 * passes `overrideAccess`), such as the join form's requests.
 */
export const nobody = (): boolean => false
