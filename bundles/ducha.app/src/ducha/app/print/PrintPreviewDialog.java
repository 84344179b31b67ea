package ducha.app.print;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Forms;
import ducha.app.ui.TitledDialog;

/**
 * 打印预览: the pages of a printout as they will be printed (A4, the orientation the layout chose), one at a time,
 * with 上一页/下一页, zoom and 打印… (which closes the preview and prints, as 文件 → 打印… does).
 */
public final class PrintPreviewDialog extends TitledDialog {

	private static final int[] ZOOMS = { 50, 75, 100, 125, 150, 200 };
	private static final int FIRST_ZOOM = 2;
	private static final int PRINT_ID = IDialogConstants.CLIENT_ID + 1;

	private final Printout printout;
	private final Consumer<Printout> print;
	private PageLayout layout;
	private Image page;
	private int pageIndex;
	private int zoom = FIRST_ZOOM;
	private Label pageLabel;
	private Label zoomLabel;
	private Button previous;
	private Button next;
	private Button zoomIn;
	private Button zoomOut;
	private ScrolledComposite scroller;
	private Canvas canvas;

	/** @param print what 打印… does with the printout, once the preview is closed */
	public PrintPreviewDialog(Shell parent, Printout printout, Consumer<Printout> print) {
		super(parent, NLS.bind(Messages.Preview_title, printout.title()));
		this.printout = printout;
		this.print = print;
	}

	@Override
	protected void fill(Composite area) {
		Display display = area.getDisplay();
		boolean landscape = Printing.landscape(area.getShell(), printout);
		Point dpi = display.getDPI();
		Image probe = new Image(display, 1, 1);
		GC gc = new GC(probe);
		try {
			layout = new PageLayout(printout, PageFormat.a4(dpi.x, dpi.y, landscape), gc);
		} finally {
			gc.dispose();
			probe.dispose();
		}
		area.addDisposeListener(e -> {
			disposePage();
			layout.close();
		});

		Composite bar = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		previous = Forms.button(bar, "print.previous", Messages.Preview_previous);
		previous.addListener(SWT.Selection, e -> show(pageIndex - 1));
		pageLabel = Forms.named(new Label(bar, SWT.NONE), "print.page");
		next = Forms.button(bar, "print.next", Messages.Preview_next);
		next.addListener(SWT.Selection, e -> show(pageIndex + 1));
		zoomOut = Forms.button(bar, "print.zoomOut", Messages.Preview_zoomOut);
		zoomOut.addListener(SWT.Selection, e -> zoom(zoom - 1));
		zoomLabel = Forms.named(new Label(bar, SWT.NONE), "print.zoom");
		zoomIn = Forms.button(bar, "print.zoomIn", Messages.Preview_zoomIn);
		zoomIn.addListener(SWT.Selection, e -> zoom(zoom + 1));

		scroller = new ScrolledComposite(area, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		// an upright A4 page at 100 % fits across, its upper half shows
		GridDataFactory.fillDefaults().grab(true, true).hint(830, 640).applyTo(scroller);
		scroller.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		canvas = Forms.named(new Canvas(scroller, SWT.DOUBLE_BUFFERED), "print.sheet");
		scroller.setContent(canvas);
		canvas.addListener(SWT.Paint, e -> {
			if (page != null) {
				Rectangle size = page.getBounds();
				Point shown = canvas.getSize();
				e.gc.setInterpolation(SWT.HIGH);
				e.gc.drawImage(page, 0, 0, size.width, size.height, 0, 0, shown.x, shown.y);
			}
		});
		show(0);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Forms.named(createButton(parent, PRINT_ID, Messages.Preview_print, false), "print.print");
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == PRINT_ID) {
			close();
			print.accept(printout);
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The page shown, counted from 0. */
	public int pageIndex() {
		return pageIndex;
	}

	/** The pages laid out for the screen (for the tests: the same layout the printer gets, at another resolution). */
	public PageLayout layout() {
		return layout;
	}

	private void show(int index) {
		if (index < 0 || index >= layout.pageCount()) {
			return;
		}
		pageIndex = index;
		disposePage();
		PageFormat format = layout.format();
		page = new Image(canvas.getDisplay(), format.width(), format.height());
		GC gc = new GC(page);
		try {
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, format.width(), format.height());
			layout.draw(gc, index);
		} finally {
			gc.dispose();
		}
		pageLabel.setText(NLS.bind(Messages.Print_pageOf, index + 1, layout.pageCount()));
		previous.setEnabled(index > 0);
		next.setEnabled(index + 1 < layout.pageCount());
		zoom(zoom);
	}

	private void zoom(int level) {
		if (level < 0 || level >= ZOOMS.length) {
			return;
		}
		zoom = level;
		zoomLabel.setText(NLS.bind(Messages.Preview_zoom, ZOOMS[level]));
		zoomOut.setEnabled(level > 0);
		zoomIn.setEnabled(level + 1 < ZOOMS.length);
		PageFormat format = layout.format();
		canvas.setSize(format.width() * ZOOMS[level] / 100, format.height() * ZOOMS[level] / 100);
		scroller.setMinSize(canvas.getSize());
		pageLabel.getParent().layout();
		canvas.redraw();
	}

	private void disposePage() {
		if (page != null) {
			page.dispose();
			page = null;
		}
	}
}
