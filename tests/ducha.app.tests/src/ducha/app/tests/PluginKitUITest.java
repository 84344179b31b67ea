package ducha.app.tests;

import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.app.AppModel;
import ducha.app.ui.Background;
import ducha.app.ui.FileExport;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.ConcurrentChangeException;
import ducha.core.DuchaException;
import ducha.test.ui.MainWindow;

/**
 * The plugin kit of ducha.app.ui as a plugin uses it: the background runner, the form dialog and the file export,
 * inside the real workbench (the UI thread spins while jobs run).
 */
class PluginKitUITest {

	@TempDir
	Path folder;

	private final Display display = Display.getCurrent();
	private final Background background = new Background(
			MainWindow.application().getContext().get(UISynchronize.class));

	@Test
	void aRefusalOfTheServiceReachesTheFailureHandlerInItsOwnWords() throws Exception {
		AtomicReference<String> failed = new AtomicReference<>();
		AtomicBoolean done = new AtomicBoolean();
		AtomicBoolean onUiThread = new AtomicBoolean();
		background.run("kit test", () -> {
			throw new DuchaException("无权查看该部门的案件");
		}, result -> done.set(true), reason -> {
			onUiThread.set(Display.getCurrent() == display);
			failed.set(reason);
		});
		waitUntil(display, "the failure handler", () -> failed.get() != null);
		assertEquals("无权查看该部门的案件", failed.get());
		assertFalse(done.get(), "a refused call is not done");
		assertTrue(onUiThread.get(), "the handler runs on the UI thread");
	}

	@Test
	void aCancelledProgressJobReportsCancelAndItsExportStoresNothing() throws Exception {
		Path target = folder.resolve("名单.xlsx");
		CountDownLatch writing = new CountDownLatch(1);
		AtomicReference<String> failed = new AtomicReference<>();
		AtomicReference<Long> written = new AtomicReference<>();
		Job job = FileExport.write(background, target, (file, monitor) -> {
			Files.writeString(file, "半个文件");
			writing.countDown();
			for (int row = 0; row < 600; row++) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				Thread.sleep(50);
			}
			return 600L;
		}, written::set, failed::set);
		assertTrue(writing.await(1, TimeUnit.MINUTES), "the export started");
		job.cancel();
		waitUntil(display, "the cancel reported", () -> failed.get() != null);
		assertEquals("导出已取消，未写出文件。", failed.get());
		assertNull(written.get());
		assertFalse(Files.exists(target), "a cancelled export writes no file");
		try (var left = Files.list(folder)) {
			assertEquals(List.of(), left.toList(), "nor leaves its half-written part");
		}
	}

	@Test
	void theFormDialogKeepsOkDisabledAndSaysWhatIsMissingUntilTheFieldIsFilled() throws Exception {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, () -> {
			Shell dialog = shell("测试表单");
			Text required = named(dialog, AppModel.WIDGET_KEY, "kit.required", Text.class);
			var ok = button(dialog, "确定");
			seen.add(ok.isEnabled() + " " + message(dialog, "请填写事由"));
			required.setText("按期报送");
			seen.add(ok.isEnabled() + " " + message(dialog, "请填写事由"));
			click(ok);
		});
		RequiredField dialog = new RequiredField(display.getActiveShell(), background);
		assertEquals(Window.OK, dialog.open());
		assertEquals(List.of("false 请填写事由。", "true "), seen);
		assertEquals("已保存：按期报送", dialog.saved());
	}

	/**
	 * Another desktop changed the record after the form was filled: the save is refused in the service's words,
	 * what the user typed stays on screen, OK stays disabled and 重新载入 fills the form with the stored record,
	 * whose next save succeeds.
	 */
	@Test
	void aSaveOvertakenByAnotherChangeOffersToReloadAndThenSaves() throws Exception {
		StoredRecord stored = new StoredRecord("按期报送", 1);
		EditedField dialog = new EditedField(display.getActiveShell(), background, stored);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = shell("修改表单");
		Text field = named(shell, AppModel.WIDGET_KEY, "kit.edited", Text.class);
		Button ok = button(shell, "确定");
		Button reload = button(shell, "重新载入(&R)");
		assertFalse(reload.getVisible(), "nothing to reload before a save was refused");

		stored.change("延期报送", "desk-two");
		field.setText("我的修改");
		click(ok);
		waitUntil(display, "the refusal", () -> reload.getVisible());
		assertTrue(message(shell, "desk-two").contains("已被 desk-two 修改"), message(shell, "desk-two"));
		assertEquals("我的修改", field.getText(), "what the user typed stays until they reload");
		assertFalse(ok.isEnabled(), "saving again would be refused again");

		click(reload);
		waitUntil(display, "the reload", () -> !reload.getVisible());
		assertEquals("延期报送", field.getText());
		field.setText("延期报送（已核实）");
		assertTrue(ok.isEnabled());
		click(ok);
		waitUntil(display, "the dialog closed", () -> shell.isDisposed());
		assertEquals("延期报送（已核实） v3", dialog.saved());
	}

	private Shell shell(String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && title.equals(shell.getText())) {
				return shell;
			}
		}
		throw new AssertionError("no dialog " + title);
	}

	/** The text of the first label or text field showing the fragment, or "". */
	private static String message(Shell dialog, String fragment) {
		List<String> texts = new ArrayList<>();
		findAll(dialog, Label.class).forEach(l -> texts.add(l.getText()));
		findAll(dialog, Text.class).forEach(t -> texts.add(t.getText()));
		return texts.stream().filter(t -> t.contains(fragment)).map(String::strip).findFirst().orElse("");
	}

	/** A record another desktop may change: a value and the version every change increases. */
	private static final class StoredRecord {
		private String value;
		private long version;

		StoredRecord(String value, long version) {
			this.value = value;
			this.version = version;
		}

		synchronized void change(String newValue, String by) {
			value = newValue;
			version++;
			changedBy = by;
		}

		private String changedBy;

		/** The service's save: refused when the form was filled from an older version. */
		synchronized long save(String newValue, long seen) {
			if (seen != version) {
				throw new ConcurrentChangeException("记录已被 " + changedBy + " 修改（在您打开之后），本次未保存任何更改。",
						changedBy, null);
			}
			change(newValue, "me");
			return version;
		}

		synchronized String value() {
			return value;
		}

		synchronized long version() {
			return version;
		}
	}

	/** A form that edits a {@link StoredRecord} and can load it again. */
	private static final class EditedField extends FormDialog<String> {

		private final StoredRecord record;
		private Text field;
		private long seen;

		EditedField(Shell parent, Background background, StoredRecord record) {
			super(parent, background, "修改表单");
			this.record = record;
		}

		@Override
		protected void fields(Composite form) {
			field = Forms.text(form, "事由", "kit.edited");
			field.setText(record.value());
			seen = record.version();
		}

		@Override
		protected Callable<String> save() {
			String value = field.getText().strip();
			long version = seen;
			return () -> value + " v" + record.save(value, version);
		}

		@Override
		protected Callable<Runnable> reload() {
			return () -> {
				String value = record.value();
				long version = record.version();
				return () -> {
					field.setText(value);
					seen = version;
				};
			};
		}
	}

	/** A form with one required field, saved by a job that says what it stored. */
	private static final class RequiredField extends FormDialog<String> {

		private Text field;

		RequiredField(Shell parent, Background background) {
			super(parent, background, "测试表单");
		}

		@Override
		protected void fields(Composite form) {
			field = Forms.text(form, "事由", "kit.required");
		}

		@Override
		protected List<String> problems() {
			return field.getText().isBlank() ? List.of("请填写事由。") : List.of();
		}

		@Override
		protected Callable<String> save() {
			String value = field.getText().strip();
			return () -> "已保存：" + value;
		}
	}
}
