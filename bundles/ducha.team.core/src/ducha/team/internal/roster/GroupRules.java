package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import ducha.core.Language;
import ducha.core.jpa.Jpa;
import ducha.team.GroupMember;
import ducha.team.GroupOnDay;
import ducha.team.SpecialistGroup;

/** What a group must satisfy, and the groups of a day (for the service, the platform's view and the figures). */
final class GroupRules {

	static final int CODE_LENGTH = 20;
	static final int NAME_LENGTH = 100;
	static final int SCOPE_LENGTH = 500;

	private GroupRules() {
	}

	static void checkGroup(RosterContext context, SpecialistGroup group, List<String> problems) {
		if (group.code().isBlank() || group.code().length() > CODE_LENGTH) {
			problems.add(Language.format(Messages.badGroupCode, group.code(), CODE_LENGTH));
		}
		checkName(group.name(), problems);
		if (group.scope().length() > SCOPE_LENGTH) {
			problems.add(Language.format(Messages.tooLong, Messages.groupScope, SCOPE_LENGTH));
		}
		if (group.leaderStaffNo() != null && context.directory.staff(group.leaderStaffNo()).isEmpty()) {
			problems.add(Language.format(Messages.noStaff, group.leaderStaffNo()));
		}
		if (group.dissolvedOn() != null && group.dissolvedOn().isBefore(group.establishedOn())) {
			problems.add(Language.format(Messages.endBeforeStart, group.dissolvedOn(), group.establishedOn()));
		}
	}

	static void checkName(String name, List<String> problems) {
		if (name.isBlank()) {
			problems.add(Messages.groupNameMissing);
		} else if (name.length() > NAME_LENGTH) {
			problems.add(Language.format(Messages.tooLong, Messages.groupName, NAME_LENGTH));
		}
	}

	/** The groups existing on the day with their members then, by code. */
	static List<GroupOnDay> on(EntityManagerFactory emf, LocalDate day) {
		return Jpa.read(emf, em -> {
			Map<String, List<GroupMember>> members = DefaultGroupService.allMembers(em);
			return DefaultGroupService.allGroups(em).stream().filter(g -> g.existsOn(day))
					.map(g -> new GroupOnDay(g, members.getOrDefault(g.code(), List.of()).stream()
							.filter(m -> m.memberOn(day)).toList()))
					.toList();
		});
	}
}
