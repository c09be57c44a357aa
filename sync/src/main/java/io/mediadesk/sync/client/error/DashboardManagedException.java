package io.mediadesk.sync.client.error;

/**
 * The account has no named-transformations API (it answered 404 on the collection): named
 * transformations are managed in the dashboard for this account, so callers keep presets local.
 */
public class DashboardManagedException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public DashboardManagedException(String operation, ServiceError error, String requestId) {
        super(operation, 404, new ServiceError("named transformations are managed in the dashboard for this account"
                + (error.message() == null ? "" : " (service said: " + error.message() + ")"),
                error.help(), error.reason(), error.missingFileIds(), error.fieldErrors()), requestId);
    }
}
