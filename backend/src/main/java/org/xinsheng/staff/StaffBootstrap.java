package org.xinsheng.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.web.ApiException;

/**
 * On a start with no admin account, creates {@code admin} with the password from XINSHENG_ADMIN_PASSWORD, or a
 * random one printed once to the log. Two nodes starting together on an empty database create it once: the second
 * insert hits the unique user name and is ignored.
 */
@Singleton
public class StaffBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(StaffBootstrap.class);

    private final StaffRepository staff;
    private final StaffService service;
    private final String adminPassword;

    public StaffBootstrap(StaffRepository staff, StaffService service,
                          @Value("${xinsheng.admin-password:}") String adminPassword) {
        this.staff = staff;
        this.service = service;
        this.adminPassword = adminPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            if (staff.existsByRole(StaffRole.ADMIN.key())) {
                if (adminPassword != null && !adminPassword.isBlank()) {
                    LOG.warn("XINSHENG_ADMIN_PASSWORD is set but ignored: it only sets the password of the first admin, "
                            + "and an admin account exists. To set a password now: xinsheng staff reset-password admin");
                }
                return;
            }
        } catch (RuntimeException e) {
            // The node starts without its database (it answers 503 until it is back); the next start checks again.
            LOG.warn("Cannot check for an admin account, the database is unavailable: {}", e.getMessage());
            return;
        }
        boolean given = adminPassword != null && !adminPassword.isBlank();
        String password = given ? adminPassword : Passwords.generate();
        try {
            service.create("admin", password, StaffRole.ADMIN.key(), null, "Administrator");
        } catch (ApiException e) {
            if (given && e.toError().fields().containsKey("password")) {
                throw new ConfigurationException("XINSHENG_ADMIN_PASSWORD must have 10 to 200 characters.");
            }
            return; // another node created it first
        } catch (DataAccessException e) {
            return; // another node created it first
        }
        if (given) {
            LOG.warn("Created the first staff account 'admin' with the password from XINSHENG_ADMIN_PASSWORD.");
        } else {
            LOG.warn("Created the first staff account 'admin' with the password {} (shown once: change it, or set "
                    + "XINSHENG_ADMIN_PASSWORD before the first start).", password);
        }
    }
}
