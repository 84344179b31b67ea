package ducha.petitions.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.DutyQuery;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;

/**
 * For the performance archive: the visits each receiver took on reception days (信访接待, by the day). Handlers of a
 * petition's verification are kept by account name, not 工号, and are not counted.
 */
@Component
public class ReceptionDuties implements DutyContributor {

	private static final DutyQuery RECEPTIONS = new DutyQuery("ReceptionEntity", "receiverStaffNo", "day",
			"petitions.reception", "信访接待", "petitions");

	@Reference
	private PetitionsUnit unit;

	@Override
	public String source() {
		return "petitions";
	}

	@Override
	public List<DutyCount> duties(Period period, Set<String> staffNos) {
		return RECEPTIONS.count(unit.emf(), period, staffNos);
	}
}
