package ducha.integrity.internal.records;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.DutyQuery;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.integrity.internal.archive.OwnRecordsContributor;
import ducha.integrity.internal.jpa.IntegrityUnit;

/**
 * For the performance archive: the talks each staff member held (谈话提醒, by the talk's day), counted by the
 * talker's 工号. Talks recorded before the 工号 was kept name their talker only as text and count for nobody.
 */
@Component
public class TalkDuties implements DutyContributor {

	private static final DutyQuery TALKS = new DutyQuery("TalkEntity", "heldByStaffNo", "date",
			OwnRecordsContributor.KIND_TALK, "谈话提醒", OwnRecordsContributor.SOURCE);

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Override
	public String source() {
		return OwnRecordsContributor.SOURCE;
	}

	@Override
	public List<DutyCount> duties(Period period, Set<String> staffNos) {
		return TALKS.count(emf, period, staffNos);
	}
}
