package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.integrity.EducationActivity;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.ActivityEntity;

/** 廉政教育活动 ({@code integrity.activities}): one row per activity, its participants as a list of 工号. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class ActivityLedger extends KeyedLedger<EducationActivity, ActivityEntity> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "HD2024-01", "活动的固定编号");
	static final LedgerColumn TITLE = new LedgerColumn("title", "活动名称", true, "“清风传家”家庭助廉座谈会", "").limit(200);
	static final LedgerColumn KIND = new LedgerColumn("kind", "活动类型", true, "家庭助廉", "例如 家庭助廉、主题活动、警示教育").limit(30);
	static final LedgerColumn DATE = new LedgerColumn("date", "活动日期", true, "2024-05-20", "不能晚于今天");
	static final LedgerColumn DESCRIPTION = new LedgerColumn("description", "活动内容", false, "邀请干警家属座谈，签订家庭助廉承诺书",
			"").limit(4000);
	static final LedgerColumn PARTICIPANTS = new LedgerColumn("participants", "参加人员工号", false, "10001、10002",
			"参加干警的工号，用顿号、逗号、分号或空格分隔；每个工号须已在干警名册中");

	/** Separators users put between 工号: 、 ， , ； ; and white space. */
	private static final String SEPARATORS = "[、，,；;\\s]+";

	@Activate
	public ActivityLedger(@Reference LedgerSupport support) {
		super(support, "integrity.activities", "廉政教育活动",
				List.of(NO, TITLE, KIND, DATE, DESCRIPTION, PARTICIPANTS), ActivityEntity.class,
				"recordNo", EducationActivity::recordNo);
	}

	@Override
	protected EducationActivity parse(LedgerRowValidator v, LedgerRow row) {
		String title = v.text(row, TITLE);
		String kind = v.text(row, KIND);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		String description = v.text(row, DESCRIPTION);
		Set<String> participants = participants(v, row);
		return v.hasProblems(row) ? null
				: new EducationActivity(0, row.get(NO.key()), title, kind, date, description, participants);
	}

	private Set<String> participants(LedgerRowValidator v, LedgerRow row) {
		String text = v.text(row, PARTICIPANTS);
		Set<String> staffNos = new LinkedHashSet<>();
		if (text == null) {
			return staffNos;
		}
		List<String> unknown = new ArrayList<>();
		for (String no : text.strip().split(SEPARATORS)) {
			if (no.length() > 20 || support.directory.staff(no).isEmpty()) {
				unknown.add(no);
			} else {
				staffNos.add(no);
			}
		}
		if (!unknown.isEmpty()) {
			v.problem(row, PARTICIPANTS, NLS.bind(Messages.ledgerUnknownParticipants, String.join("”“", unknown)));
		}
		return staffNos;
	}

	@Override
	protected Function<EducationActivity, List<String>> cells() {
		return a -> List.of(a.recordNo(), a.title(), a.kind(), a.date().toString(), cell(a.description()),
				String.join("、", a.participants().stream().sorted().toList()));
	}
}
