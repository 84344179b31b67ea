package ducha.study.internal.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.study.StudyKind;
import ducha.study.StudyPermissions;
import ducha.study.StudySession;
import ducha.study.internal.jpa.SessionEntity;
import ducha.study.internal.reviews.Messages;
import ducha.study.internal.reviews.ReviewsUnit;

/**
 * 学习记录台账 ({@code study.sessions}): the departments' study sessions, keyed by 编号. Importing needs
 * {@link StudyPermissions#RECORDS_WRITE} over every department (the office: a file may hold any department's
 * sessions); an export holds the sessions of the departments the reader may read.
 */
@Component(service = LedgerKind.class)
public class SessionLedger extends StudyLedger<StudySession> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "XX2024-001", "学习记录的固定编号");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "部门", true, "民事审判第一庭", "部门名称或编码");
	static final LedgerColumn DATE = new LedgerColumn("date", "学习日期", true, "2024-03-05", "不能晚于今天");
	static final LedgerColumn KIND = new LedgerColumn("kind", "学习形式", true, "支部三会一课",
			"党组理论学习中心组、支部三会一课、第一议题、个人自学");
	static final LedgerColumn TOPIC = new LedgerColumn("topic", "学习主题", true, "学习习近平法治思想", "").limit(200);
	static final LedgerColumn ATTENDEES = new LedgerColumn("attendees", "参加人员工号", true, "10001、10002",
			"参加学习的干警工号，用顿号、逗号或空格分隔，须已在干警名册中");
	static final LedgerColumn HOURS = new LedgerColumn("hours", "学时", true, "2", "大于 0、不超过 24 的数，可带一位小数");
	static final LedgerColumn TEXT = new LedgerColumn("recordText", "学习记录", false, "传达学习……", "").limit(8000);

	@Activate
	public SessionLedger(@Reference ReviewsUnit unit) {
		super(unit, "study.sessions", "学习记录台账", List.of(NO, DEPARTMENT, DATE, KIND, TOPIC, ATTENDEES, HOURS, TEXT),
				NO, StudyPermissions.RECORDS_WRITE, StudyPermissions.RECORDS_READ);
	}

	@Override
	protected void checkMayImport(Principal actor) {
		super.checkMayImport(actor);
		if (!actor.scope().all()) {
			throw new AccessDeniedException(Messages.ledgerSessionsAllDepartments);
		}
	}

	@Override
	protected StudySession parse(LedgerRowValidator v, LedgerRow row) {
		String department = v.department(row, DEPARTMENT, directory());
		LocalDate date = v.date(row, DATE, LocalDate.now());
		StudyKind kind = v.choice(row, KIND, StudyKind::parse, "党组理论学习中心组、支部三会一课、第一议题、个人自学");
		String topic = v.text(row, TOPIC);
		List<String> attendees = staffList(v, row, ATTENDEES);
		Double hours = hours(v, row);
		String text = v.text(row, TEXT);
		if (v.hasProblems(row)) {
			return null;
		}
		return new StudySession(0, row.get(NO.key()), department, date, kind, topic, attendees, hours, text);
	}

	private static Double hours(LedgerRowValidator v, LedgerRow row) {
		String text = v.text(row, HOURS);
		if (text == null) {
			return null;
		}
		try {
			double hours = Double.parseDouble(text.strip());
			if (hours > 0 && hours <= 24) {
				return hours;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		v.problem(row, HOURS, NLS.bind(Messages.sessionHours, text));
		return null;
	}

	@Override
	protected Stored upsert(EntityManager em, StudySession session) {
		return insertOrUpdate(em, byKey(em, SessionEntity.class, "recordNo", session.recordNo()),
				() -> new SessionEntity(session), e -> e.update(session));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames names = directory().departmentNames();
		Map<String, Boolean> visible = new HashMap<>();
		return em.createQuery("select s from SessionEntity s order by s.recordNo", SessionEntity.class)
				.getResultList().stream().map(SessionEntity::toRecord)
				.filter(s -> visible.computeIfAbsent(s.departmentCode(), d -> unit.mayReadRecords(reader, d)))
				.map(s -> List.of(s.recordNo(), names.name(s.departmentCode()), s.date().toString(), s.kind().label(),
						s.topic(), staffCell(s.attendees()), hours(s.hours()), cell(s.recordText())))
				.toList();
	}

	/** 2 rather than 2.0. */
	private static String hours(double hours) {
		return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
	}
}
