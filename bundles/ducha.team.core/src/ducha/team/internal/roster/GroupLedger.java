package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.team.GroupMember;
import ducha.team.SpecialistGroup;
import ducha.team.TeamPermissions;
import ducha.team.internal.jpa.GroupEntity;
import ducha.team.internal.jpa.GroupMemberEntity;

/**
 * 专业督察组成员 ({@code team-groups}): who belonged to which group when, and its leader (组长). A row is one
 * membership, the same as a stored one when 组编号, 工号 and 加入日期 match (then its 退出日期 is updated). A group
 * the file names that is not stored is established on the earliest 加入日期 of its rows. Importing needs
 * {@link TeamPermissions#MANAGE}, exporting {@link TeamPermissions#READ}.
 */
@Component(service = LedgerKind.class)
public class GroupLedger extends RecordLedgerKind<GroupLedger.Membership> {

	static final LedgerColumn CODE = new LedgerColumn("groupCode", "组编号", true, "MSS", "专业督察组的固定编号")
			.limit(GroupRules.CODE_LENGTH);
	static final LedgerColumn GROUP = new LedgerColumn("group", "专业督察组", true, "民商事", "组名；已有的组须与编号一致")
			.limit(GroupRules.NAME_LENGTH);
	static final LedgerColumn STAFF_NO = new LedgerColumn("staffNo", "工号", true, "10023", "须已在干警名册中").limit(20);
	static final LedgerColumn NAME = new LedgerColumn("name", "姓名", false, "张明", "可不填；填写时须与工号一致").limit(50);
	static final LedgerColumn FROM = new LedgerColumn("from", "加入日期", true, "2024-03-01", "");
	static final LedgerColumn TO = new LedgerColumn("to", "退出日期", false, "", "在组的最后一天，仍在组的不填；不早于加入日期");
	static final LedgerColumn LEADER = new LedgerColumn("leader", "组长", false, "是", "是 或 否（空 = 否）；每组至多一名组长");

	/** One row: the membership, its group's name and whether the member leads the group. */
	record Membership(LedgerRow row, GroupMember member, String groupName, boolean leader) {
	}

	@Reference
	private RosterContext context;

	public GroupLedger() {
		super("team-groups", "专业督察组成员", List.of(CODE, GROUP, STAFF_NO, NAME, FROM, TO, LEADER));
	}

	@Override
	protected LedgerStorage storage() {
		return LedgerStorage.of(context.emf, context.authorization, context.audit, TeamPermissions.MANAGE,
				TeamPermissions.READ, "team.ledger.import");
	}

	@Override
	protected Membership parse(LedgerRowValidator v, LedgerRow row) {
		String code = v.text(row, CODE);
		String name = v.text(row, GROUP);
		Staff staff = v.staff(row, STAFF_NO, context.directory);
		String staffName = v.text(row, NAME);
		if (staff != null && staffName != null && !staffName.equals(staff.name())) {
			v.problem(row, NAME, Language.format(Messages.ledgerNameMismatch, staff.staffNo(), staff.name(),
					staffName));
		}
		LocalDate from = v.date(row, FROM, null);
		LocalDate to = v.date(row, TO, null);
		if (from != null && to != null && to.isBefore(from)) {
			v.problem(row, TO, Language.format(Messages.endBeforeStart, to, from));
		}
		Boolean leader = v.choice(row, LEADER, GroupLedger::yesNo, "是、否");
		if (v.hasProblems(row)) {
			return null;
		}
		return new Membership(row, new GroupMember(0, code, staff.staffNo(), from, to), name,
				Boolean.TRUE.equals(leader));
	}

	private static Boolean yesNo(String text) {
		return switch (text.strip()) {
		case "是", "Y", "y", "yes", "true" -> Boolean.TRUE;
		case "否", "N", "n", "no", "false" -> Boolean.FALSE;
		default -> null;
		};
	}

	@Override
	protected List<Membership> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<Membership> records) {
		Map<String, Integer> leaderRow = new HashMap<>();
		Map<String, String> nameInFile = new HashMap<>();
		List<Membership> earlier = new ArrayList<>();
		for (Membership m : records) {
			String code = m.member().groupCode();
			GroupEntity stored = em.find(GroupEntity.class, code);
			String firstName = nameInFile.putIfAbsent(code, m.groupName());
			if (stored != null && !stored.toRecord().name().equals(m.groupName())) {
				v.problem(m.row(), GROUP, Language.format(Messages.ledgerGroupName, code, stored.toRecord().name()));
			} else if (firstName != null && !firstName.equals(m.groupName())) {
				v.problem(m.row(), GROUP, Language.format(Messages.ledgerGroupName, code, firstName));
			} else if (stored == null && nameTaken(em, m.groupName())) {
				v.problem(m.row(), GROUP, Language.format(Messages.groupNameTaken, m.groupName()));
			}
			if (stored != null && !stored.toRecord().existsOn(m.member().from())) {
				v.problem(m.row(), FROM, Language.format(Messages.groupNotThen, m.groupName(), m.member().from()));
			}
			if (m.leader()) {
				Integer first = leaderRow.putIfAbsent(code, m.row().rowNumber());
				if (first != null) {
					v.problem(m.row(), LEADER, Language.format(Messages.ledgerTwoLeaders, code, first));
				}
			}
			for (Membership o : overlapCandidates(em, m, earlier)) {
				if (overlap(o.member(), m.member())) {
					v.problem(m.row(), FROM, Language.format(Messages.ledgerMemberOverlap, m.member().staffNo(),
							o.member().from()));
					break;
				}
			}
			earlier.add(m);
		}
		return records;
	}

	/** The stored memberships of the person in the group other than this row's own, and the file's rows above. */
	private static List<Membership> overlapCandidates(EntityManager em, Membership m, List<Membership> earlier) {
		List<Membership> candidates = new ArrayList<>();
		em.createQuery("select e from GroupMemberEntity e where e.groupCode = :code and e.staffNo = :staffNo",
				GroupMemberEntity.class).setParameter("code", m.member().groupCode())
				.setParameter("staffNo", m.member().staffNo()).getResultList().stream()
				.map(GroupMemberEntity::toRecord).filter(s -> !s.from().equals(m.member().from()))
				.forEach(s -> candidates.add(new Membership(m.row(), s, m.groupName(), false)));
		earlier.stream().filter(o -> o.member().groupCode().equals(m.member().groupCode())
				&& o.member().staffNo().equals(m.member().staffNo())).forEach(candidates::add);
		return candidates;
	}

	private static boolean overlap(GroupMember a, GroupMember b) {
		LocalDate endA = a.to() == null ? LocalDate.MAX : a.to();
		LocalDate endB = b.to() == null ? LocalDate.MAX : b.to();
		return !endA.isBefore(b.from()) && !endB.isBefore(a.from());
	}

	private static boolean nameTaken(EntityManager em, String name) {
		return !em.createQuery("select g from GroupEntity g where g.name = :name", GroupEntity.class)
				.setParameter("name", name).getResultList().isEmpty();
	}

	@Override
	protected Stored upsert(EntityManager em, Membership m) {
		GroupMember member = m.member();
		GroupEntity group = em.find(GroupEntity.class, member.groupCode());
		if (group == null) {
			group = new GroupEntity(new SpecialistGroup(member.groupCode(), m.groupName(), null, null,
					member.from(), null));
			em.persist(group);
		} else if (member.from().isBefore(group.toRecord().establishedOn())) {
			group.update(withEstablished(group.toRecord(), member.from()));
		}
		if (m.leader()) {
			group.setLeader(member.staffNo());
		}
		GroupMemberEntity stored = em.createQuery("select e from GroupMemberEntity e where e.groupCode = :code"
				+ " and e.staffNo = :staffNo and e.fromDate = :from", GroupMemberEntity.class)
				.setParameter("code", member.groupCode()).setParameter("staffNo", member.staffNo())
				.setParameter("from", member.from()).getResultList().stream().findFirst().orElse(null);
		return insertOrUpdate(em, stored, () -> new GroupMemberEntity(member), e -> e.end(member.to()));
	}

	private static SpecialistGroup withEstablished(SpecialistGroup g, LocalDate day) {
		return new SpecialistGroup(g.code(), g.name(), g.scope(), g.leaderStaffNo(), day, g.dissolvedOn());
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		Map<String, SpecialistGroup> groups = new HashMap<>();
		DefaultGroupService.allGroups(em).forEach(g -> groups.put(g.code(), g));
		List<List<String>> rows = new ArrayList<>();
		DefaultGroupService.allMembers(em).values().stream().flatMap(List::stream)
				.sorted((a, b) -> a.groupCode().equals(b.groupCode()) ? a.from().compareTo(b.from())
						: a.groupCode().compareTo(b.groupCode()))
				.forEach(m -> {
					SpecialistGroup g = groups.get(m.groupCode());
					rows.add(List.of(m.groupCode(), g.name(), m.staffNo(), context.staffName(m.staffNo()),
							m.from().toString(), cell(m.to()), m.staffNo().equals(g.leaderStaffNo()) ? "是" : "否"));
				});
		return rows;
	}
}
