package io.mediadesk.sync.client.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Which network failures are worth another try, and which mean the request never left. */
final class Faults {
    private Faults() {
    }

    /** The connection was never made, so the service cannot have seen the request. */
    static boolean isConnectFailure(IOException e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e instanceof SocketTimeoutException && message.contains("connect");
    }

    /** A bad certificate or an interrupted thread will not get better by trying again. */
    static boolean isRetryable(IOException e) {
        if (e instanceof SSLPeerUnverifiedException || e instanceof SSLHandshakeException) {
            return false;
        }
        return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
    }
}
