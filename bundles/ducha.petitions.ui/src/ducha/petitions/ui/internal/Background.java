package ducha.petitions.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;

import ducha.core.DuchaException;
import ducha.petitions.PetitionService;

/** Runs service calls in a Job and hands the result, or the user-facing failure, back on the UI thread. */
final class Background {

	private final UISynchronize sync;

	Background(UISynchronize sync) {
		this.sync = sync;
	}

	<T> void run(String name, Function<PetitionService, T> work, Consumer<T> done, Consumer<String> failed) {
		call(PetitionService.class, name, work, done, failed);
	}

	/** Calls one of the plugin's services; {@code failed} gets the message of a refusal or failure. */
	<S, T> void call(Class<S> type, String name, Function<S, T> work, Consumer<T> done, Consumer<String> failed) {
		Job.create(name, monitor -> {
			try {
				S service = Services.get(type).orElse(null);
				if (service == null) {
					sync.asyncExec(() -> failed.accept(Messages.Part_unavailable));
					return;
				}
				T result = work.apply(service);
				sync.asyncExec(() -> done.accept(result));
			} catch (DuchaException e) {
				sync.asyncExec(() -> failed.accept(e.getMessage()));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (RuntimeException e) {
				ILog.of(Background.class).error(name, e);
				sync.asyncExec(() -> failed.accept(String.valueOf(e)));
			}
		}).schedule();
	}

	/** A failure handler that shows the refusal in an error dialog over the control's window. */
	static Consumer<String> dialog(Control owner, String title) {
		return message -> {
			if (!owner.isDisposed()) {
				MessageDialog.openError(owner.getShell(), title, message);
			}
		};
	}
}
