package ducha.team;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/**
 * The specialist supervision groups (专业督察组) and their members across departments, history kept. Changes need
 * {@link TeamPermissions#MANAGE} and are audited; reading needs {@link TeamPermissions#READ}. Other plugins read the
 * groups through the platform's {@link ducha.core.directory.SupervisionGroups}.
 */
public interface GroupService {

	/** Establishes a group; its code and name must be new, its leader a staff member. */
	SpecialistGroup create(SpecialistGroup group, Principal actor);

	/**
	 * Renames a group (its code stays); the name must not be another group's. {@code seenVersion} is the
	 * {@link SpecialistGroup#version()} the caller read: a group renamed or changed since is refused with a
	 * {@link ducha.core.ConcurrentChangeException} naming who changed it.
	 */
	SpecialistGroup rename(String code, String newName, long seenVersion, Principal actor);

	/**
	 * Appoints the group's leader (组长), or none with null; {@code seenVersion} as for {@link #rename}.
	 */
	SpecialistGroup setLeader(String code, String leaderStaffNo, long seenVersion, Principal actor);

	/**
	 * Dissolves a group on its last day; its members' terms end then too; {@code seenVersion} as for
	 * {@link #rename}.
	 */
	void dissolve(String code, LocalDate lastDay, long seenVersion, Principal actor);

	/** Adds a staff member from a day; refused while they are a member already then. */
	GroupMember addMember(String code, String staffNo, LocalDate from, Principal actor);

	/**
	 * Ends a membership on its last day. {@code seenVersion} is the {@link GroupMember#version()} the caller read: a
	 * membership changed since is refused with a {@link ducha.core.ConcurrentChangeException} naming who changed it.
	 */
	void removeMember(long memberId, LocalDate lastDay, long seenVersion, Principal actor);

	/** Every group ever established, by code. */
	List<SpecialistGroup> groups(Principal reader);

	/** The groups existing on the day with their members then, by code. */
	List<GroupOnDay> groupsOn(LocalDate day, Principal reader);

	/** Every membership of a group, past and present, oldest first. */
	List<GroupMember> members(String code, Principal reader);
}
