package ducha.team;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A specialist supervision group (专业督察组), with a leader, existing from its establishment to its dissolution.
 *
 * @param code          stable key, e.g. {@code MSS}, at most 20 characters
 * @param name          e.g. 民商事, unique
 * @param scope         what the group supervises, may be empty
 * @param leaderStaffNo 工号 of the 组长, may be null
 * @param establishedOn first day
 * @param dissolvedOn   last day, null while the group exists
 * @param version       the stored version the record was read at, 0 for a group not yet stored (a rename passes it
 *                      back, so that one made from an out-of-date list is refused)
 */
public record SpecialistGroup(String code, String name, String scope, String leaderStaffNo, LocalDate establishedOn,
		LocalDate dissolvedOn, long version) {

	/** A group not yet stored. */
	public SpecialistGroup(String code, String name, String scope, String leaderStaffNo, LocalDate establishedOn,
			LocalDate dissolvedOn) {
		this(code, name, scope, leaderStaffNo, establishedOn, dissolvedOn, 0);
	}

	public SpecialistGroup {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(establishedOn, "establishedOn");
		scope = scope == null ? "" : scope;
	}

	public boolean existsOn(LocalDate day) {
		return !day.isBefore(establishedOn) && (dissolvedOn == null || !day.isAfter(dissolvedOn));
	}
}
