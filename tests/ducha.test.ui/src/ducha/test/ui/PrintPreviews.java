package ducha.test.ui;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import ducha.app.AppModel;
import ducha.app.print.PageLayout;
import ducha.app.print.PrintPreviewDialog;

/** Reads a print preview as a UI test sees it: what its page label says and the texts of all its pages. */
public final class PrintPreviews {

	private PrintPreviews() {
	}

	/**
	 * Once the preview titled 打印预览：{@code title} is open (press its button after this call), adds its page label
	 * (第 1 页 共 N 页) and then the texts of every page, one string, to {@code into}, and closes it.
	 */
	public static void read(Display display, String title, List<String> into) {
		ModalDialogs.onDialog(display, "打印预览：" + title, dialog -> {
			try {
				into.add(UiTesting.named(dialog, AppModel.WIDGET_KEY, "print.page", Label.class).getText());
				into.add(texts(((PrintPreviewDialog) dialog.getData()).layout()));
			} finally {
				dialog.close();
			}
		});
	}

	/** The texts of every page of the layout, in order, as one string. */
	public static String texts(PageLayout layout) {
		StringBuilder text = new StringBuilder();
		for (int page = 0; page < layout.pageCount(); page++) {
			layout.texts(page).forEach(text::append);
		}
		return text.toString();
	}
}
