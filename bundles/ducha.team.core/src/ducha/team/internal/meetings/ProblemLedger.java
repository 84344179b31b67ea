package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.team.MeetingProblem;
import ducha.team.internal.jpa.MeetingEntity;
import ducha.team.internal.jpa.MeetingProblemEntity;

/**
 * 例会问题台账 ({@code team-problems}): the problems keyed by 会议日期 + 序号, each of a meeting already stored (import
 * the 工作例会台账 first). An analysed problem has its resolution, owner and due date; a resolved one says how, and
 * was analysed first; dates in order: meeting, analysis, resolution.
 */
@Component(service = LedgerKind.class)
public class ProblemLedger extends RecordLedgerKind<MeetingProblem> {

	static final LedgerColumn MEETING = new LedgerColumn("meetingDate", "会议日期", true, "2025-03-12",
			"须已在工作例会台账中");
	static final LedgerColumn SEQ = new LedgerColumn("seq", "序号", true, "1", "该次例会提出的第几个问题");
	static final LedgerColumn RAISED_BY = new LedgerColumn("raisedBy", "提出人工号", true, "10002", "须已在干警名册中");
	static final LedgerColumn DESCRIPTION = new LedgerColumn("description", "问题", true, "部门廉政风险点排查不到位", "")
			.limit(1000);
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "涉及部门", true, "执行局", "部门名称或编码");
	static final LedgerColumn ANALYSIS = new LedgerColumn("analysis", "分析情况", false, "风险点清单未随岗位调整更新", "")
			.limit(2000);
	static final LedgerColumn ANALYSED_ON = new LedgerColumn("analysedOn", "分析日期", false, "2025-03-12",
			"与分析情况同填，不早于会议日期");
	static final LedgerColumn RESOLUTION = new LedgerColumn("resolution", "解决措施", false, "重新梳理岗位风险点", "分析后必填")
			.limit(1000);
	static final LedgerColumn OWNER = new LedgerColumn("owner", "责任人工号", false, "10003", "分析后必填");
	static final LedgerColumn DUE = new LedgerColumn("due", "解决期限", false, "2025-04-10", "分析后必填，不早于分析日期");
	static final LedgerColumn RESOLVED_ON = new LedgerColumn("resolvedOn", "解决日期", false, "2025-04-08",
			"须已分析，不早于分析日期");
	static final LedgerColumn RESOLVED_HOW = new LedgerColumn("resolvedHow", "解决情况", false, "已更新风险点清单", "与解决日期同填")
			.limit(1000);

	private final MeetingsContext context;

	@Activate
	public ProblemLedger(@Reference MeetingsContext context) {
		super("team-problems", "例会问题台账", List.of(MEETING, SEQ, RAISED_BY, DESCRIPTION, DEPARTMENT, ANALYSIS,
				ANALYSED_ON, RESOLUTION, OWNER, DUE, RESOLVED_ON, RESOLVED_HOW));
		this.context = context;
	}

	@Override
	protected LedgerStorage storage() {
		return context.storage();
	}

	@Override
	protected MeetingProblem parse(LedgerRowValidator v, LedgerRow row) {
		LocalDate today = LocalDate.now();
		LocalDate meeting = v.date(row, MEETING, today);
		Integer seq = v.integer(row, SEQ);
		if (seq != null && seq < 1) {
			v.problem(row, SEQ, NLS.bind(Messages.ledgerBadSeq, seq));
		}
		v.unique(row, SEQ, meeting == null || seq == null ? null : meeting + "-" + seq);
		String raisedBy = staffNo(v, row, RAISED_BY);
		String description = v.text(row, DESCRIPTION);
		String department = v.department(row, DEPARTMENT, context.directory);
		String analysis = v.text(row, ANALYSIS);
		LocalDate analysedOn = v.date(row, ANALYSED_ON, today);
		String resolution = v.text(row, RESOLUTION);
		String owner = v.text(row, OWNER) == null ? null : staffNo(v, row, OWNER);
		LocalDate due = v.date(row, DUE, null);
		LocalDate resolvedOn = v.date(row, RESOLVED_ON, today);
		String how = v.text(row, RESOLVED_HOW);
		if ((analysis == null) != (analysedOn == null)) {
			v.problem(row, analysis == null ? ANALYSIS : ANALYSED_ON, Messages.ledgerAnalysisPair);
		}
		if (analysedOn != null) {
			for (LedgerColumn agreed : List.of(RESOLUTION, OWNER, DUE)) {
				if (row.get(agreed.key()) == null) {
					v.problem(row, agreed, Messages.ledgerResolutionMissing);
				}
			}
		}
		before(v, row, ANALYSED_ON, analysedOn, meeting);
		before(v, row, DUE, due, analysedOn);
		if (resolvedOn != null && analysedOn == null) {
			v.problem(row, RESOLVED_ON, Messages.ledgerResolvedNotAnalysed);
		}
		before(v, row, RESOLVED_ON, resolvedOn, analysedOn);
		if ((resolvedOn == null) != (how == null)) {
			v.problem(row, how == null ? RESOLVED_HOW : RESOLVED_ON, Messages.ledgerResolvedPair);
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new MeetingProblem(0, meeting, seq, raisedBy, description, department, analysis, analysedOn,
				resolution, owner, due, resolvedOn, how);
	}

	/** A problem of the cell when its day lies before {@code earliest} (both given). */
	private static void before(LedgerRowValidator v, LedgerRow row, LedgerColumn column, LocalDate day,
			LocalDate earliest) {
		if (day != null && earliest != null && day.isBefore(earliest)) {
			v.problem(row, column, NLS.bind(Messages.ledgerBefore, day, earliest));
		}
	}

	private String staffNo(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		Staff staff = v.staff(row, column, context.directory);
		return staff == null ? null : staff.staffNo();
	}

	@Override
	protected List<MeetingProblem> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<MeetingProblem> records) {
		for (int i = 0; i < records.size(); i++) {
			if (Problems.meeting(em, records.get(i).meetingDate()) == null) {
				v.problem(rows.get(i), MEETING, NLS.bind(Messages.ledgerNoMeeting, records.get(i).meetingDate()));
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, MeetingProblem problem) {
		MeetingEntity meeting = Problems.meeting(em, problem.meetingDate());
		return insertOrUpdate(em, meeting.problem(problem.seq()), () -> meeting.put(problem.seq(), problem),
				e -> e.update(problem));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames names = context.directory.departmentNames();
		return Problems.all(em, false).stream().map(MeetingProblemEntity::toRecord)
				.map(p -> List.of(p.meetingDate().toString(), String.valueOf(p.seq()), p.raisedBy(), p.description(),
						names.name(p.departmentCode()), cell(p.analysis()), cell(p.analysedOn()), cell(p.resolution()),
						cell(p.ownerStaffNo()), cell(p.due()), cell(p.resolvedOn()), cell(p.resolvedHow())))
				.toList();
	}
}
