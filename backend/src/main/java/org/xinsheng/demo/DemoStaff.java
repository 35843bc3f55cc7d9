package org.xinsheng.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.Passwords;
import org.xinsheng.staff.StaffRepository;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;

/**
 * On the embedded demo database's first start, one handler per unit of the jurisdiction (user name = unit key), a
 * hotline operator and a supervisor, each with a random password printed once to the log and nowhere else.
 * Same switch as {@link DemoData}: {@code xinsheng.demo} auto (only on H2), true or false.
 */
@Singleton
public class DemoStaff {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStaff.class);

    private final StaffRepository staff;
    private final StaffService service;
    private final Jurisdiction jurisdiction;
    private final boolean enabled;

    public DemoStaff(StaffRepository staff, StaffService service, Jurisdiction jurisdiction,
                     @Value("${xinsheng.demo:auto}") String mode, @Value("${datasources.default.url}") String url) {
        this.enabled = "true".equals(mode) || ("auto".equals(mode) && url.startsWith("jdbc:h2:"));
        this.staff = staff;
        this.service = service;
        this.jurisdiction = jurisdiction;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!enabled || staff.findByUsername("supervisor").isPresent()) {
            return;
        }
        StringBuilder table = new StringBuilder("Demo staff accounts (passwords shown once, stored nowhere else):")
                .append(System.lineSeparator()).append(String.format("  %-20s %-10s %-18s %s",
                        "user", "role", "unit", "password"));
        create("supervisor", StaffRole.SUPERVISOR, null, "演示督办员", table);
        create("hotline", StaffRole.HOTLINE, null, "演示接线员", table);
        for (String unit : jurisdiction.unitKeys()) {
            create(unit, StaffRole.HANDLER, unit, jurisdiction.unitName(unit, "zh"), table);
        }
        LOG.warn("{}", table);
    }

    private void create(String username, StaffRole role, String unit, String name, StringBuilder table) {
        String password = Passwords.generate();
        service.create(username, password, role.key(), unit, name);
        table.append(System.lineSeparator()).append(String.format("  %-20s %-10s %-18s %s",
                username, role.key(), unit == null ? "" : unit, password));
    }
}
