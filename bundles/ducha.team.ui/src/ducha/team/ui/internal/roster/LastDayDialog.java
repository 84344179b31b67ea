package ducha.team.ui.internal.roster;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;

/** The last day of something (an appointment, a membership, a group), then the action that ends it on that day. */
final class LastDayDialog extends FormDialog<LocalDate> {

	private final Consumer<LocalDate> end;
	private final Runnable reread;
	private DateField day;

	/**
	 * @param end called off the UI thread with the chosen day; it throws the service's refusal
	 */
	LastDayDialog(Shell parent, Background background, String title, String heading, String message,
			Consumer<LocalDate> end) {
		this(parent, background, title, heading, message, end, null);
	}

	/**
	 * @param end    called off the UI thread with the chosen day; it throws the service's refusal
	 * @param reread called off the UI thread after another desktop changed the record ended: reads it again, so
	 *               that {@code end} then acts on its stored version
	 */
	LastDayDialog(Shell parent, Background background, String title, String heading, String message,
			Consumer<LocalDate> end, Runnable reread) {
		super(parent, background, title, heading, message);
		this.end = end;
		this.reread = reread;
	}

	@Override
	protected void fields(Composite form) {
		day = Forms.date(form, Messages.fieldLastDay, "lastDay.day", LocalDate.now());
	}

	/** The form holds only the day, which stays: reloading reads the record again. */
	@Override
	protected Callable<Runnable> reload() {
		return reread == null ? null : () -> {
			reread.run();
			return () -> {
			};
		};
	}

	@Override
	protected Callable<LocalDate> save() {
		LocalDate chosen = Forms.day(day);
		return () -> {
			end.accept(chosen);
			return chosen;
		};
	}
}
