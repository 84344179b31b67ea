package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.team.WorkMeeting;
import ducha.team.internal.jpa.MeetingEntity;

/**
 * 工作例会台账 ({@code team-meetings}): one row a meeting, keyed by 会议日期 (upserted by it), the attendees as 工号
 * in one cell separated by 、 , ; or spaces.
 */
@Component(service = LedgerKind.class)
public class MeetingLedger extends RecordLedgerKind<WorkMeeting> {

	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");

	static final LedgerColumn DATE = new LedgerColumn("date", "会议日期", true, "2025-03-12", "不晚于今天；每天至多一次例会");
	static final LedgerColumn TITLE = new LedgerColumn("title", "会议名称", true, WorkMeeting.MONTHLY, "").limit(200);
	static final LedgerColumn CHAIR = new LedgerColumn("chair", "主持人工号", false, "10001", "须已在干警名册中");
	static final LedgerColumn ATTENDEES = new LedgerColumn("attendees", "参会人员工号", true, "10002、10003",
			"工号以、或逗号分隔，须已在干警名册中");
	static final LedgerColumn MINUTES = new LedgerColumn("minutes", "会议纪要", false, "通报上月督察情况，研讨履职难点", "")
			.limit(8000);

	private final MeetingsContext context;

	@Activate
	public MeetingLedger(@Reference MeetingsContext context) {
		super("team-meetings", "工作例会台账", List.of(DATE, TITLE, CHAIR, ATTENDEES, MINUTES));
		this.context = context;
	}

	@Override
	protected LedgerStorage storage() {
		return context.storage();
	}

	@Override
	protected WorkMeeting parse(LedgerRowValidator v, LedgerRow row) {
		LocalDate date = v.date(row, DATE, LocalDate.now());
		v.unique(row, DATE, date == null ? null : date.toString());
		String title = v.text(row, TITLE);
		String chair = v.text(row, CHAIR) == null ? null : staffNo(v, row, CHAIR);
		String cell = v.text(row, ATTENDEES);
		List<String> attendees = cell == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(List.of(SEPARATORS.split(cell.strip()))));
		List<String> unknown = attendees.stream().filter(no -> !context.staffExists(no)).toList();
		if (!unknown.isEmpty()) {
			v.problem(row, ATTENDEES, NLS.bind(Messages.ledgerUnknownStaff, String.join("、", unknown)));
		}
		String minutes = v.text(row, MINUTES);
		if (v.hasProblems(row)) {
			return null;
		}
		return WorkMeeting.of(date, title, chair, attendees, minutes);
	}

	private String staffNo(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		var staff = v.staff(row, column, context.directory);
		return staff == null ? null : staff.staffNo();
	}

	@Override
	protected Stored upsert(EntityManager em, WorkMeeting meeting) {
		return insertOrUpdate(em, Problems.meeting(em, meeting.date()), () -> new MeetingEntity(meeting),
				e -> e.update(meeting));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return em.createQuery("select m from MeetingEntity m order by m.date", MeetingEntity.class).getResultList()
				.stream().map(MeetingEntity::toRecord)
				.map(m -> List.of(m.date().toString(), m.title(), cell(m.chairStaffNo()),
						String.join("、", m.attendees()), m.minutes()))
				.toList();
	}
}
