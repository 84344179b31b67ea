package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.jpa.Jpa;
import ducha.core.ledger.DeclaredLedgerKind;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;
import ducha.team.TeamPermissions;
import ducha.team.internal.jpa.AppointmentEntity;

/**
 * 督察员名册 ({@code team-roster}): the appointments with their selection criteria. A row is one term of one role,
 * the same term as a stored one when 工号, 角色, 部门 and 任职日期 match (then its 免职日期 and criteria are updated).
 * Importing needs {@code supervisors.write} and {@link TeamPermissions#MANAGE}, exporting {@link TeamPermissions#READ}.
 * <p>
 * The terms are the platform's records, stored through {@link ducha.core.directory.SupervisorService} one call per
 * term, so the file cannot be one transaction: every check (the cells, overlapping terms within the file and with
 * the stored ones, the importer's departments) runs before the first write, and a file with any problem stores
 * nothing. Only a failure of the database itself between two writes leaves the terms written before it stored
 * (each audited); importing the same file again then completes it, as stored terms are matched, not duplicated.
 */
@Component(service = LedgerKind.class)
public class RosterLedger extends DeclaredLedgerKind<RosterLedger.Term> {

	static final LedgerColumn STAFF_NO = new LedgerColumn("staffNo", "工号", true, "10023", "须已在干警名册中").limit(20);
	static final LedgerColumn NAME = new LedgerColumn("name", "姓名", false, "张明", "可不填；填写时须与工号一致").limit(50);
	static final LedgerColumn ROLE = new LedgerColumn("role", "角色", true, "政治督导员",
			"政治部（督察室）主任、专职督察员、政治督导员、廉政监察员或业务导师");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "部门", false, "民事审判第一庭",
			"部门名称或编码；政治督导员、廉政监察员必填");
	static final LedgerColumn GROUP = new LedgerColumn("group", "专业督察组", false, "民商事", "所在专业督察组的名称").limit(100);
	static final LedgerColumn START = new LedgerColumn("startDate", "任职日期", true, "2024-03-01", "");
	static final LedgerColumn END = new LedgerColumn("endDate", "免职日期", false, "", "任职的最后一天，在任的不填；不早于任职日期");
	static final LedgerColumn POLITICAL = new LedgerColumn("politicalAbility", "政治素质", false, "政治立场坚定", "")
			.limit(SelectionCriteria.TEXT_LENGTH);
	static final LedgerColumn PROFESSIONAL = new LedgerColumn("professionalQuality", "业务能力", false, "业务骨干", "")
			.limit(SelectionCriteria.TEXT_LENGTH);
	static final LedgerColumn DISCIPLINE = new LedgerColumn("disciplineConduct", "纪律作风", false, "近三年无违纪记录", "")
			.limit(SelectionCriteria.TEXT_LENGTH);
	static final LedgerColumn SENIORITY = new LedgerColumn("seniority", "资历", false, "从事法院工作 12 年", "")
			.limit(SelectionCriteria.TEXT_LENGTH);
	static final LedgerColumn DECISION = new LedgerColumn("decisionRef", "任职文号", false, "院政〔2024〕3号", "")
			.limit(SelectionCriteria.REF_LENGTH);

	private static final String ROLES = Arrays.stream(SupervisorRole.values()).map(SupervisorRole::label)
			.collect(Collectors.joining("、"));

	/** One row: the term (its id that of the stored term it matches, else 0) and its criteria. */
	record Term(LedgerRow row, SupervisorAssignment assignment, SelectionCriteria criteria) {

		Term withId(long id) {
			SupervisorAssignment a = assignment;
			return new Term(row, new SupervisorAssignment(id, a.staffNo(), a.role(), a.departmentCode(),
					a.groupName(), a.startDate(), a.endDate()), criteria);
		}
	}

	@Reference
	private RosterContext context;

	@Reference
	private RosterService roster;

	public RosterLedger() {
		super("team-roster", "督察员名册", List.of(STAFF_NO, NAME, ROLE, DEPARTMENT, GROUP, START, END, POLITICAL,
				PROFESSIONAL, DISCIPLINE, SENIORITY, DECISION));
	}

	@Override
	protected void checkMayImport(Principal actor) {
		context.authorization.check(actor, CorePermissions.SUPERVISORS_WRITE);
		context.authorization.check(actor, TeamPermissions.MANAGE);
	}

	@Override
	protected Term parse(LedgerRowValidator v, LedgerRow row) {
		Staff staff = v.staff(row, STAFF_NO, context.directory);
		String name = v.text(row, NAME);
		if (staff != null && name != null && !name.equals(staff.name())) {
			v.problem(row, NAME, Language.format(Messages.ledgerNameMismatch, staff.staffNo(), staff.name(), name));
		}
		SupervisorRole role = v.choice(row, ROLE, SupervisorRole::parse, ROLES);
		String department = v.department(row, DEPARTMENT, context.directory);
		if (role != null && row.get(DEPARTMENT.key()) == null && RosterService.DEPARTMENT_ROLES.contains(role)) {
			v.problem(row, DEPARTMENT, Language.format(Messages.departmentRequired, role.label()));
		}
		String group = v.text(row, GROUP);
		LocalDate start = v.date(row, START, null);
		LocalDate end = v.date(row, END, null);
		if (start != null && end != null && end.isBefore(start)) {
			v.problem(row, END, Language.format(Messages.endBeforeStart, end, start));
		}
		SelectionCriteria criteria = new SelectionCriteria(v.text(row, POLITICAL), v.text(row, PROFESSIONAL),
				v.text(row, DISCIPLINE), v.text(row, SENIORITY), v.text(row, DECISION));
		if (v.hasProblems(row)) {
			return null;
		}
		return new Term(row, new SupervisorAssignment(0, staff.staffNo(), role, department, group, start, end),
				criteria);
	}

	@Override
	protected LedgerImportResult store(LedgerTable table, LedgerRowValidator v, List<LedgerRow> rows,
			List<Term> terms, Principal actor) {
		List<Term> matched = check(v, terms, actor);
		v.throwIfProblems();
		// ends first: a successor in the file may start the day after a stored term the file ends
		int updated = 0;
		for (Term t : matched) {
			if (t.assignment().id() != 0) {
				update(t, actor);
				updated++;
			}
		}
		for (Term t : matched) {
			if (t.assignment().id() == 0) {
				roster.appoint(t.assignment(), t.criteria(), actor);
			}
		}
		int inserted = matched.size() - updated;
		// each term above is stored and audited in a transaction of its own (the platform's roster), so the file
		// as a whole gets one summary entry after them, in its own transaction
		context.audit.record(actor, "team.ledger.import", id(), table.fileName(),
				terms.size() + " 行，新增 " + inserted + "，更新 " + updated);
		return new LedgerImportResult(id(), table.fileName(), table.rows().size(), inserted, updated);
	}

	/** The terms matched to the stored ones (by id), every problem against the file and the stored terms recorded. */
	private List<Term> check(LedgerRowValidator v, List<Term> terms, Principal actor) {
		Map<SupervisorRole, List<SupervisorAssignment>> stored = terms.stream().map(t -> t.assignment().role())
				.distinct().collect(Collectors.toMap(r -> r, context.supervisors::ofRole));
		List<Term> matched = new ArrayList<>();
		for (Term t : terms) {
			SupervisorAssignment same = stored.get(t.assignment().role()).stream().filter(s -> sameTerm(s, t))
					.findFirst().orElse(null);
			matched.add(same == null ? t : t.withId(same.id()));
			if (same != null && same.endDate() != null && t.assignment().endDate() == null) {
				v.problem(t.row(), END, Language.format(Messages.ledgerEndedAlready, same.endDate()));
			}
			String department = t.assignment().departmentCode();
			if (!context.sees(actor, department)) {
				v.problem(t.row(), DEPARTMENT, Language.format(Messages.deniedDepartment,
						context.departmentName(department)));
			}
		}
		for (int i = 0; i < matched.size(); i++) {
			Term t = matched.get(i);
			List<SupervisorAssignment> others = new ArrayList<>();
			// the stored terms the file does not restate, and the file's rows above this one
			stored.get(t.assignment().role()).stream()
					.filter(s -> matched.stream().noneMatch(m -> m.assignment().id() == s.id())).forEach(others::add);
			matched.subList(0, i).forEach(m -> others.add(m.assignment()));
			Terms.conflict(t.assignment(), others).ifPresent(c -> v.problem(t.row(), START, overlap(c, matched)));
		}
		return matched;
	}

	private String overlap(SupervisorAssignment other, List<Term> file) {
		String problem = AppointmentRules.overlapProblem(context, other);
		return file.stream().filter(m -> m.assignment() == other).findFirst()
				.map(m -> Language.format(Messages.ledgerOverlapRow, problem, m.row().rowNumber())).orElse(problem);
	}

	private static boolean sameTerm(SupervisorAssignment stored, Term t) {
		SupervisorAssignment a = t.assignment();
		return stored.staffNo().equals(a.staffNo()) && Objects.equals(stored.departmentCode(), a.departmentCode())
				&& stored.startDate().equals(a.startDate());
	}

	private void update(Term t, Principal actor) {
		SupervisorAssignment a = t.assignment();
		SupervisorAssignment current = context.supervisors.ofRole(a.role()).stream().filter(s -> s.id() == a.id())
				.findFirst().orElseThrow();
		if (a.endDate() != null && !a.endDate().equals(current.endDate())) {
			roster.end(a.id(), a.endDate(), actor);
		}
		if (!t.criteria().isEmpty()) {
			roster.recordCriteria(a.id(), t.criteria(), actor);
		}
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		context.checkRead(reader);
		DepartmentNames names = context.directory.departmentNames();
		List<SupervisorAssignment> all = Arrays.stream(SupervisorRole.values())
				.flatMap(r -> context.supervisors.ofRole(r).stream()).filter(a -> context.sees(reader, a.departmentCode()))
				.toList();
		Map<Long, SelectionCriteria> criteria = Jpa.read(context.emf, em -> em
				.createQuery("select a from AppointmentEntity a", AppointmentEntity.class).getResultList().stream()
				.collect(Collectors.toMap(AppointmentEntity::assignmentId, AppointmentEntity::toRecord)));
		return all.stream().map(a -> row(a, criteria.getOrDefault(a.id(), SelectionCriteria.NONE), names)).toList();
	}

	private List<String> row(SupervisorAssignment a, SelectionCriteria c, DepartmentNames names) {
		return List.of(a.staffNo(), context.staffName(a.staffNo()), a.role().label(), cell(names.name(a.departmentCode())),
				cell(a.groupName()), a.startDate().toString(), cell(a.endDate()), cell(c.politicalAbility()),
				cell(c.professionalQuality()), cell(c.disciplineConduct()), cell(c.seniority()), cell(c.decisionRef()));
	}
}
