package ducha.reports.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.core.spi.DashboardChart;

/**
 * The dashboard charts of the plugins installed now, collected by DS (a plugin installed or switched off at run time
 * adds or removes its charts), so that the charts view gets them by injection instead of tracking services itself.
 */
@Component(service = InstalledCharts.class)
public final class InstalledCharts {

	private final List<DashboardChart> charts = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void add(DashboardChart chart) {
		charts.add(chart);
	}

	void remove(DashboardChart chart) {
		charts.remove(chart);
	}

	/** The charts in the order the plugins gave them. */
	List<DashboardChart> ordered() {
		return charts.stream().sorted(Comparator.comparingInt(DashboardChart::order)).toList();
	}
}
