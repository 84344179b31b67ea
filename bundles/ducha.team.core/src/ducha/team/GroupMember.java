package ducha.team;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A staff member in a specialist group for a span of days (history kept like the roles').
 *
 * @param id        database id, 0 before it is stored
 * @param groupCode the group
 * @param staffNo   工号
 * @param from      first day in the group
 * @param to        last day, null while a member
 */
public record GroupMember(long id, String groupCode, String staffNo, LocalDate from, LocalDate to) {

	public GroupMember {
		Objects.requireNonNull(groupCode, "groupCode");
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(from, "from");
	}

	public boolean memberOn(LocalDate day) {
		return !day.isBefore(from) && (to == null || !day.isAfter(to));
	}
}
