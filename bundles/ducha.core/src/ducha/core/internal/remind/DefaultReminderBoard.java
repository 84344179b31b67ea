package ducha.core.internal.remind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;
import ducha.core.spi.ReminderSource;

/** Asks the {@link ReminderSource} services registered at the time of each call. */
@Component
public class DefaultReminderBoard implements ReminderBoard {

	private static final ILog LOG = ILog.of(DefaultReminderBoard.class);

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<ReminderSource> sources;

	@Override
	public Collected collect(Principal viewer, LocalDate today) {
		List<Reminder> reminders = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		List<ReminderSource> current = sources;
		for (ReminderSource source : current == null ? List.<ReminderSource>of() : current) {
			try {
				reminders.addAll(source.reminders(viewer, today));
			} catch (RuntimeException e) {
				// one broken plugin must not hide every other plugin's deadlines
				LOG.error("Reminder source " + source.id() + " failed", e);
				failed.add(source.id() + ": " + e.getMessage());
			}
		}
		reminders.sort(MOST_URGENT_FIRST);
		return new Collected(reminders, failed);
	}
}
