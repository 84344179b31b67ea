package ducha.app.tests;

import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.Background;
import ducha.app.ui.DateField;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.test.ui.MainWindow;

/**
 * The kit's date field in a form: a day can be typed in each format the ledgers read, an unreadable text keeps the
 * form from being saved with a message naming the field, the calendar drop-down sets the day, and the typed day is
 * what the form stores.
 */
class DateFieldUITest {

	private final Display display = Display.getCurrent();
	private final Background background = new Background(
			MainWindow.application().getContext().get(UISynchronize.class));

	@Test
	void eachTypedFormatSetsTheDayAndTheDayReachesTheFormsResult() {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, () -> {
			Shell dialog = shell("日期表单");
			DateField field = named(dialog, AppModel.WIDGET_KEY, "kit.deadline", DateField.class);
			for (String typed : List.of("2024-03-05", "2024/3/6", "2024年3月7日", "20240308")) {
				field.text().setText(typed);
				seen.add(typed + "=" + field.day() + " " + problemLabels(dialog).isEmpty());
			}
			field.text().setText("2024年3月9日");
			click(button(dialog, "确定"));
		});
		DatedForm form = new DatedForm(display.getActiveShell(), background);
		assertEquals(Window.OK, form.open());
		assertEquals(List.of("2024-03-05=2024-03-05 true", "2024/3/6=2024-03-06 true", "2024年3月7日=2024-03-07 true",
				"20240308=2024-03-08 true"), seen);
		assertEquals(LocalDate.of(2024, 3, 9), form.saved(), "the typed day is what the form stores");
	}

	@Test
	void anUnreadableTextIsRefusedWithAMessageNamingTheField() {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, () -> {
			Shell dialog = shell("日期表单");
			DateField field = named(dialog, AppModel.WIDGET_KEY, "kit.deadline", DateField.class);
			var ok = button(dialog, "确定");
			field.text().setText("2024-02-30");
			seen.add(ok.isEnabled() + " " + message(dialog, "办结期限：“2024-02-30”不是日期"));
			seen.add(String.join("|", problemLabels(dialog)));
			field.text().setText("明天");
			seen.add(ok.isEnabled() + " " + message(dialog, "办结期限：“明天”不是日期"));
			field.text().setText("2024-2-29");
			seen.add(ok.isEnabled() + " " + problemLabels(dialog).isEmpty());
			click(ok);
		});
		DatedForm form = new DatedForm(display.getActiveShell(), background);
		assertEquals(Window.OK, form.open());
		assertEquals("false 办结期限：“2024-02-30”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日", seen.get(0));
		assertEquals("“2024-02-30”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日", seen.get(1),
				"the field shows the problem under itself");
		assertEquals("false 办结期限：“明天”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日", seen.get(2));
		assertEquals("true true", seen.get(3));
		assertEquals(LocalDate.of(2024, 2, 29), form.saved());
	}

	@Test
	void theCalendarDropDownSetsTheDayAndTheFieldShowsTheLongestDayWhole() {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, () -> {
			Shell dialog = shell("日期表单");
			DateField field = named(dialog, AppModel.WIDGET_KEY, "kit.deadline", DateField.class);
			field.setDay(LocalDate.of(2024, 11, 27));
			GC gc = new GC(field.text());
			try {
				int needed = gc.textExtent(field.text().getText()).x;
				seen.add(field.text().getText() + " " + (field.text().getClientArea().width >= needed));
			} finally {
				gc.dispose();
			}
			click(findAll(field, org.eclipse.swt.widgets.Button.class).get(0));
			DateTime calendar = null;
			for (Shell popup : dialog.getShells()) {
				for (DateTime found : findAll(popup, DateTime.class)) {
					calendar = found;
				}
			}
			seen.add(String.valueOf(calendar != null));
			calendar.setDate(2025, 0, 15);
			calendar.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			seen.add(field.day() + " " + field.text().getText());
			calendar.getShell().close();
			click(button(dialog, "确定"));
		});
		DatedForm form = new DatedForm(display.getActiveShell(), background);
		assertEquals(Window.OK, form.open());
		assertEquals(List.of("2024年11月27日 true", "true", "2025-01-15 2025年1月15日"), seen);
		assertEquals(LocalDate.of(2025, 1, 15), form.saved());
	}

	private Shell shell(String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && title.equals(shell.getText())) {
				return shell;
			}
		}
		throw new AssertionError("no dialog " + title);
	}

	/** The texts of the visible labels of date fields: the problems they show under themselves. */
	private static List<String> problemLabels(Shell dialog) {
		List<String> found = new ArrayList<>();
		for (DateField field : findAll(dialog, DateField.class)) {
			findAll(field, Label.class).stream().filter(Label::getVisible).forEach(l -> found.add(l.getText()));
		}
		return found;
	}

	/** The first label text containing the fragment (the dialog's message area), or "". */
	private static String message(Shell dialog, String fragment) {
		List<String> texts = new ArrayList<>();
		findAll(dialog, Label.class).forEach(l -> texts.add(l.getText()));
		findAll(dialog, org.eclipse.swt.widgets.Text.class).forEach(t -> texts.add(t.getText()));
		return texts.stream().filter(t -> t.contains(fragment)).map(String::strip).findFirst().orElse("");
	}

	/** A form of one date that stores the day it reads. */
	private static final class DatedForm extends FormDialog<LocalDate> {

		private DateField deadline;

		DatedForm(Shell parent, Background background) {
			super(parent, background, "日期表单");
		}

		@Override
		protected void fields(Composite form) {
			deadline = Forms.date(form, "办结期限", "kit.deadline", LocalDate.of(2024, 1, 1));
		}

		@Override
		protected Callable<LocalDate> save() {
			LocalDate day = Forms.day(deadline);
			assertTrue(day != null);
			return () -> day;
		}
	}
}
