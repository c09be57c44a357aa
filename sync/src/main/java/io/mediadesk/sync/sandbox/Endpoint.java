package io.mediadesk.sync.sandbox;

import java.io.IOException;

/** One operation of the service: a call in, a complete reply out (errors are thrown as {@link ApiError}). */
@FunctionalInterface
interface Endpoint {
    Reply answer(Call call) throws IOException;
}
