package ducha.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.DutyQuery;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;

/**
 * For the performance archive: the rectifications of case-review findings each integrity supervisor followed
 * (跟踪整改, by the day the follow-up opened) and the reminder talks each leader held (提醒谈话, by the talk's day).
 */
@Component
public class CaseDuties implements DutyContributor {

	private static final List<DutyQuery> KINDS = List.of(
			new DutyQuery("FollowupEntity", "supervisorNo", "openedDate", "cases.followup", "跟踪整改", "cases"),
			new DutyQuery("TalkEntity", "heldByNo", "date", "cases.talk", "提醒谈话", "cases"));

	@Reference
	private CasesUnit unit;

	@Override
	public String source() {
		return "cases";
	}

	@Override
	public List<DutyCount> duties(Period period, Set<String> staffNos) {
		List<DutyCount> counts = new ArrayList<>();
		KINDS.forEach(kind -> counts.addAll(kind.count(unit.emf, period, staffNos)));
		return counts;
	}
}
