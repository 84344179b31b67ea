package ducha.team;

import java.util.List;

/** A specialist group as it stands on a day: the group and its members then. */
public record GroupOnDay(SpecialistGroup group, List<GroupMember> members) {

	public GroupOnDay {
		members = List.copyOf(members);
	}
}
