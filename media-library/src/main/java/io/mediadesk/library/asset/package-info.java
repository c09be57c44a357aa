/**
 * The library's records: {@link io.mediadesk.library.asset.Asset} and the values it is made of
 * (ids, folder paths, tags, embedded metadata, pages). Immutable, free of any store or driver
 * type, and checked against the hosted service's rules when built. Depends on {@code metadata}.
 */
package io.mediadesk.library.asset;
