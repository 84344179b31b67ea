package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.SupervisionGroup;
import ducha.core.directory.SupervisionGroups;
import ducha.team.GroupMember;
import ducha.team.GroupOnDay;

/** The platform's read-only view of the specialist groups, for the plugins that assign work to a group. */
@Component
public class TeamSupervisionGroups implements SupervisionGroups {

	@Reference
	private RosterContext context;

	@Override
	public List<SupervisionGroup> groupsOn(LocalDate day) {
		return GroupRules.on(context.emf, day).stream().map(TeamSupervisionGroups::view).toList();
	}

	private static SupervisionGroup view(GroupOnDay g) {
		return new SupervisionGroup(g.group().code(), g.group().name(), g.group().leaderStaffNo(),
				g.members().stream().map(GroupMember::staffNo).toList());
	}
}
