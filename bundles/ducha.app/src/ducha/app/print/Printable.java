package ducha.app.print;

import java.util.List;

import org.eclipse.swt.widgets.Control;

/**
 * What a view prints with 文件 → 打印… and 打印预览…. A part implements it to decide itself what it prints; a part
 * that does not is printed from what it shows: its visible lists ({@code ListTable}, tables and trees), the
 * {@code PageTable} of a paged list and its charts, or only the one of them that has the focus. A control that is
 * none of these offers its own content with {@link #offer}.
 */
public interface Printable {

	/** The data key under which a control offers what it prints. */
	String KEY = "ducha.app.print.printable";

	/** What is printed, as the view shows it now; called on the UI thread. */
	List<PrintBlock> printBlocks();

	/** The control prints as {@code printable} says, in place of what the workbench would read from it. */
	static void offer(Control control, Printable printable) {
		control.setData(KEY, printable);
	}
}
