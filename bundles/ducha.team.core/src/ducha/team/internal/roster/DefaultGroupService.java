package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;
import ducha.team.GroupMember;
import ducha.team.GroupOnDay;
import ducha.team.GroupService;
import ducha.team.SpecialistGroup;
import ducha.team.TeamPermissions;
import ducha.team.internal.jpa.GroupEntity;
import ducha.team.internal.jpa.GroupMemberEntity;

/** The specialist groups on {@code team_group} and {@code team_group_member}. */
@Component
public class DefaultGroupService implements GroupService {

	private static final String TYPE = "team.group";

	@Reference
	private RosterContext context;

	@Override
	public SpecialistGroup create(SpecialistGroup group, Principal actor) {
		context.authorization.check(actor, TeamPermissions.MANAGE);
		List<String> problems = new ArrayList<>();
		GroupRules.checkGroup(context, group, problems);
		SpecialistGroup stored = Jpa.write(context.emf, em -> {
			if (em.find(GroupEntity.class, group.code()) != null) {
				problems.add(Language.format(Messages.groupCodeTaken, group.code()));
			}
			nameFree(em, group.name(), null, problems);
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			GroupEntity entity = new GroupEntity(group);
			em.persist(entity);
			em.flush();
			// as stored, with the version a later change passes back
			SpecialistGroup done = entity.toRecord();
			context.audit.recordIn(em, actor, "team.group.create", TYPE, group.code(), group.name() + "，自 "
					+ group.establishedOn() + (group.leaderStaffNo() == null ? "" : "，组长 " + group.leaderStaffNo()));
			return done;
		});
		return stored;
	}

	@Override
	public SpecialistGroup rename(String code, String newName, long seenVersion, Principal actor) {
		context.authorization.check(actor, TeamPermissions.MANAGE);
		String name = newName == null ? "" : newName.strip();
		List<String> problems = new ArrayList<>();
		GroupRules.checkName(name, problems);
		SpecialistGroup renamed = Jpa.write(context.emf, em -> {
			GroupEntity group = group(em, code);
			nameFree(em, name, code, problems);
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			expectSeen(group, seenVersion);
			group.rename(name);
			em.flush();
			SpecialistGroup done = group.toRecord();
			context.audit.recordIn(em, actor, "team.group.rename", TYPE, code, "更名为 " + name);
			return done;
		});
		return renamed;
	}

	@Override
	public SpecialistGroup setLeader(String code, String leaderStaffNo, long seenVersion, Principal actor) {
		context.authorization.check(actor, TeamPermissions.MANAGE);
		if (leaderStaffNo != null && context.directory.staff(leaderStaffNo).isEmpty()) {
			throw new ValidationException(Language.format(Messages.noStaff, leaderStaffNo));
		}
		SpecialistGroup changed = Jpa.write(context.emf, em -> {
			GroupEntity group = group(em, code);
			expectSeen(group, seenVersion);
			group.setLeader(leaderStaffNo);
			em.flush();
			SpecialistGroup done = group.toRecord();
			context.audit.recordIn(em, actor, "team.group.leader", TYPE, code,
					leaderStaffNo == null ? "不设组长" : "组长 " + leaderStaffNo);
			return done;
		});
		return changed;
	}

	@Override
	public void dissolve(String code, LocalDate lastDay, long seenVersion, Principal actor) {
		context.authorization.check(actor, TeamPermissions.MANAGE);
		Jpa.run(context.emf, em -> {
			GroupEntity group = group(em, code);
			SpecialistGroup current = group.toRecord();
			if (lastDay == null || lastDay.isBefore(current.establishedOn())) {
				throw new ValidationException(Language.format(Messages.endBeforeStart, lastDay,
						current.establishedOn()));
			}
			expectSeen(group, seenVersion);
			group.dissolve(lastDay);
			for (GroupMemberEntity m : memberEntities(em, code)) {
				GroupMember member = m.toRecord();
				if (member.from().isAfter(lastDay)) {
					em.remove(m); // would have joined after the end: never a member
				} else if (member.to() == null || member.to().isAfter(lastDay)) {
					m.end(lastDay);
				}
			}
			context.audit.recordIn(em, actor, "team.group.dissolve", TYPE, code, "撤销，至 " + lastDay);
		});
	}

	@Override
	public GroupMember addMember(String code, String staffNo, LocalDate from, Principal actor) {
		context.authorization.check(actor, TeamPermissions.MANAGE);
		if (staffNo == null || context.directory.staff(staffNo).isEmpty()) {
			throw new ValidationException(Language.format(Messages.noStaff, staffNo));
		}
		GroupMember added = Jpa.write(context.emf, em -> {
			SpecialistGroup group = group(em, code).toRecord();
			if (from == null || !group.existsOn(from)) {
				throw new ValidationException(Language.format(Messages.groupNotThen, group.name(), from));
			}
			boolean already = memberEntities(em, code).stream().map(GroupMemberEntity::toRecord)
					.anyMatch(m -> m.staffNo().equals(staffNo) && (m.to() == null || !m.to().isBefore(from)));
			if (already) {
				throw new ValidationException(Language.format(Messages.alreadyMember, context.staffName(staffNo),
						group.name()));
			}
			GroupMemberEntity entity = new GroupMemberEntity(new GroupMember(0, code, staffNo, from, null));
			em.persist(entity);
			em.flush();
			GroupMember done = entity.toRecord();
			context.audit.recordIn(em, actor, "team.group.member.add", TYPE, code, staffNo + " 自 " + from + " 加入");
			return done;
		});
		return added;
	}

	@Override
	public void removeMember(long memberId, LocalDate lastDay, long seenVersion, Principal actor) {
		context.authorization.check(actor, TeamPermissions.MANAGE);
		GroupMember member = Jpa.write(context.emf, em -> {
			GroupMemberEntity entity = em.find(GroupMemberEntity.class, memberId);
			if (entity == null) {
				throw new NotFoundException(Language.format(Messages.noMember, memberId));
			}
			GroupMember current = entity.toRecord();
			if (lastDay == null || lastDay.isBefore(current.from())) {
				throw new ValidationException(Language.format(Messages.endBeforeStart, lastDay, current.from()));
			}
			Versions.expect(entity.version(), seenVersion, context.audit, TYPE, current.groupCode(),
					Language.format(Messages.memberLabel, current.staffNo(), current.groupCode()));
			entity.end(lastDay);
			GroupMember done = current;
			context.audit.recordIn(em, actor, "team.group.member.remove", TYPE, done.groupCode(),
					done.staffNo() + " 退出，至 " + lastDay);
			return done;
		});
	}

	@Override
	public List<SpecialistGroup> groups(Principal reader) {
		context.checkRead(reader);
		return Jpa.read(context.emf, em -> allGroups(em));
	}

	@Override
	public List<GroupOnDay> groupsOn(LocalDate day, Principal reader) {
		context.checkRead(reader);
		return GroupRules.on(context.emf, day);
	}

	@Override
	public List<GroupMember> members(String code, Principal reader) {
		context.checkRead(reader);
		return Jpa.read(context.emf, em -> {
			group(em, code);
			return memberEntities(em, code).stream().map(GroupMemberEntity::toRecord).toList();
		});
	}

	static List<SpecialistGroup> allGroups(EntityManager em) {
		return em.createQuery("select g from GroupEntity g order by g.code", GroupEntity.class).getResultList()
				.stream().map(GroupEntity::toRecord).toList();
	}

	static Map<String, List<GroupMember>> allMembers(EntityManager em) {
		return em.createQuery("select m from GroupMemberEntity m order by m.fromDate, m.id", GroupMemberEntity.class)
				.getResultList().stream().map(GroupMemberEntity::toRecord)
				.collect(Collectors.groupingBy(GroupMember::groupCode));
	}

	private GroupEntity group(EntityManager em, String code) {
		GroupEntity group = code == null ? null : em.find(GroupEntity.class, code);
		if (group == null) {
			throw new NotFoundException(Language.format(Messages.noGroup, code));
		}
		return group;
	}

	private static List<GroupMemberEntity> memberEntities(EntityManager em, String code) {
		return em.createQuery("select m from GroupMemberEntity m where m.groupCode = :code order by m.fromDate, m.id",
				GroupMemberEntity.class).setParameter("code", code).getResultList();
	}

	private static void nameFree(EntityManager em, String name, String exceptCode, List<String> problems) {
		boolean taken = em.createQuery("select g from GroupEntity g where g.name = :name", GroupEntity.class)
				.setParameter("name", name).getResultList().stream()
				.anyMatch(g -> !g.toRecord().code().equals(exceptCode));
		if (taken) {
			problems.add(Language.format(Messages.groupNameTaken, name));
		}
	}

	/** Refuses a change made from a view of the group older than the stored one, naming who changed it. */
	private void expectSeen(GroupEntity group, long seenVersion) {
		Versions.expect(group.version(), seenVersion, context.audit, TYPE, group.toRecord().code(),
				Language.format(Messages.groupLabel, group.toRecord().name()));
	}
}
