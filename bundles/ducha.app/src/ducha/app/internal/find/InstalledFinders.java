package ducha.app.internal.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.osgi.util.tracker.ServiceTracker;

import ducha.app.internal.OsgiServices;
import ducha.core.security.Principal;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;

/**
 * Asks every installed plugin's {@link RecordFinder} and lists their hits in one list: whichever plugins are
 * installed (any subset, or only the platform's staff directory) are searched, and one that fails is logged and
 * skipped, so it never hides the others' hits.
 */
final class InstalledFinders implements AutoCloseable {

	/** Hits of one plugin: enough to find a record by part of its number, few enough to read at a glance. */
	static final int PER_FINDER = 20;

	private static final ILog LOG = ILog.of(InstalledFinders.class);

	private final ServiceTracker<RecordFinder, RecordFinder> finders;

	InstalledFinders() {
		finders = new ServiceTracker<>(OsgiServices.context(), RecordFinder.class, null);
		finders.open();
	}

	/** Runs every finder (call in a job); hits in the order of the finders' service ranking, each finder's best first. */
	List<FoundRecord> find(String text, Principal viewer) {
		List<FoundRecord> hits = new ArrayList<>();
		RecordFinder[] installed = finders.getServices(new RecordFinder[0]);
		for (RecordFinder finder : Arrays.asList(installed)) {
			try {
				hits.addAll(finder.find(text, viewer, PER_FINDER));
			} catch (RuntimeException e) {
				LOG.error("The quick-find of " + finder.getClass().getName() + " failed; the others' hits are shown", e);
			}
		}
		return hits;
	}

	@Override
	public void close() {
		finders.close();
	}
}
