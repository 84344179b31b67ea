package ducha.core.directory;

import java.util.List;
import java.util.Objects;

/**
 * A specialist supervision group (专业督察组) as it stands on one day: other plugins may assign work (an inspection
 * plan, a review) to it and show who is in it.
 *
 * @param code          stable key, e.g. {@code MSS}
 * @param name          the group's name, e.g. 民商事
 * @param leaderStaffNo 工号 of its leader (组长), may be null
 * @param memberStaffNo 工号 of its members on the day, the leader included when a member
 */
public record SupervisionGroup(String code, String name, String leaderStaffNo, List<String> memberStaffNo) {

	public SupervisionGroup {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		memberStaffNo = List.copyOf(memberStaffNo);
	}
}
