/**
 * A small streaming reader of {@code multipart/form-data} bodies (RFC 7578), for the sandbox's
 * upload endpoint. It never holds a whole body: file parts are streamed through a fixed buffer,
 * and every other size (headers, text fields, number of parts) has a cap, so a hostile or broken
 * client cannot make the server allocate without bound. JDK only.
 */
package io.mediadesk.sync.sandbox.multipart;
