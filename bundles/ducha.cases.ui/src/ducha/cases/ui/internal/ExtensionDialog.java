package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;

/**
 * 申请延期 / 批准延期: the new deadline and the reason.
 *
 * @param <T> what storing the extension returns
 */
final class ExtensionDialog<T> extends FormDialog<T> {

	/** What the user entered. */
	record Entered(LocalDate newDeadline, String reason) {
	}

	private final LocalDate proposed;
	private final Function<Entered, Callable<T>> store;
	private DateTime deadline;
	private Text reason;

	ExtensionDialog(Shell parent, Background background, String title, LocalDate proposed,
			Function<Entered, Callable<T>> store) {
		super(parent, background, title);
		this.proposed = proposed;
		this.store = store;
	}

	@Override
	protected void fields(Composite form) {
		deadline = Forms.date(form, Messages.Order_newDeadline, "extension.deadline", proposed);
		reason = Forms.area(form, Messages.Order_reason, "extension.reason", 3);
	}

	@Override
	protected List<String> problems() {
		return reason.getText().isBlank() ? List.of(Messages.Order_reasonMissing) : List.of();
	}

	@Override
	protected Callable<T> save() {
		return store.apply(new Entered(Forms.day(deadline), reason.getText().strip()));
	}
}
