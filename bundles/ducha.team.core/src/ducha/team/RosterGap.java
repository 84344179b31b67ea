package ducha.team;

import ducha.core.directory.SupervisorRole;

/**
 * A department without a political or an integrity supervisor on a day (the 1+2+N model places one of each in
 * every department).
 *
 * @param departmentCode the department
 * @param missing        {@link SupervisorRole#POLITICAL_SUPERVISOR} or {@link SupervisorRole#INTEGRITY_SUPERVISOR}
 */
public record RosterGap(String departmentCode, SupervisorRole missing) {
}
