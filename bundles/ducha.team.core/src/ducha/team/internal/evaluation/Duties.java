package ducha.team.internal.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.team.DutyTally;

/**
 * The duties of the performance archive, counted by whatever plugins are installed now: a plugin removed takes its
 * duties out of every archive, one installed brings them in, with no change here.
 */
@Component(service = Duties.class)
public class Duties {

	private static final ILog LOG = ILog.of(Duties.class);

	private final List<DutyContributor> contributors = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContributor(DutyContributor contributor) {
		contributors.add(contributor);
	}

	void removeContributor(DutyContributor contributor) {
		contributors.remove(contributor);
	}

	/**
	 * Per 工号 (only those asked for), the duties of the period by kind, in the order of the plugins and kinds. A
	 * contributor that fails is logged and left out, so that one broken plugin does not hide the others' duties.
	 */
	Map<String, List<DutyTally>> count(Period period, Set<String> staffNos) {
		Map<String, List<DutyTally>> byStaff = new HashMap<>();
		if (staffNos.isEmpty()) {
			return byStaff;
		}
		List<DutyContributor> now = new ArrayList<>(contributors);
		now.sort(Comparator.comparing(DutyContributor::source));
		for (DutyContributor contributor : now) {
			List<DutyCount> counts;
			try {
				counts = contributor.duties(period, staffNos);
			} catch (RuntimeException e) {
				LOG.error("duties of " + contributor.source() + " not counted", e);
				continue;
			}
			counts.stream().filter(c -> staffNos.contains(c.staffNo())).sorted(Comparator.comparing(DutyCount::kind))
					.forEach(c -> add(byStaff.computeIfAbsent(c.staffNo(), s -> new ArrayList<>()), c));
		}
		return byStaff;
	}

	/** Adds the count to the person's tallies, summing a kind a contributor reported twice. */
	private static void add(List<DutyTally> tallies, DutyCount count) {
		for (int i = 0; i < tallies.size(); i++) {
			DutyTally t = tallies.get(i);
			if (t.kind().equals(count.kind())) {
				tallies.set(i, new DutyTally(t.kind(), t.kindLabel(), t.source(), t.count() + count.count()));
				return;
			}
		}
		tallies.add(new DutyTally(count.kind(), count.kindLabel(), count.source(), count.count()));
	}
}
