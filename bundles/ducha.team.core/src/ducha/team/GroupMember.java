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
 * @param version   the stored version the membership was read at, 0 before it is stored (ending it passes the
 *                  version back, so that an end set from an out-of-date list is refused)
 */
public record GroupMember(long id, String groupCode, String staffNo, LocalDate from, LocalDate to, long version) {

	/** A membership not yet stored. */
	public GroupMember(long id, String groupCode, String staffNo, LocalDate from, LocalDate to) {
		this(id, groupCode, staffNo, from, to, 0);
	}

	public GroupMember {
		Objects.requireNonNull(groupCode, "groupCode");
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(from, "from");
	}

	public boolean memberOn(LocalDate day) {
		return !day.isBefore(from) && (to == null || !day.isAfter(to));
	}
}
