package ducha.cases.ui.internal;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import ducha.core.DuchaException;

/**
 * Runs a service call in a Job and hands its result, or the reason it failed in words a user can act on, back to
 * the UI thread. Refusals of the services (validation, not found, access denied) are expected and not logged.
 */
final class Background {

	private static final ILog LOG = ILog.of(Background.class);

	private final UISynchronize sync;

	Background(UISynchronize sync) {
		this.sync = sync;
	}

	<T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<String> failed) {
		Job.create(name, monitor -> {
			try {
				T result = work.call();
				sync.asyncExec(() -> done.accept(result));
			} catch (DuchaException | IllegalArgumentException e) {
				sync.asyncExec(() -> failed.accept(e.getMessage()));
			} catch (Exception e) {
				LOG.error(name, e);
				sync.asyncExec(() -> failed.accept(String.valueOf(e)));
			}
		}).schedule();
	}
}
