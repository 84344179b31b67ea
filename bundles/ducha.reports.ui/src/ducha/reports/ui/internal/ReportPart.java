package ducha.reports.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.FileExport;
import ducha.app.ui.Forms;
import ducha.app.ui.Refreshable;
import ducha.core.DuchaException;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ReportFigure;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;
import ducha.reports.ReportFormat;
import ducha.reports.ReportService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 年度工作总结: choose a period, preview the sections and figures of the installed plugins, export the same report
 * as DOCX, PDF, XLSX or CSV. Compiling and writing run in jobs; the UI thread never waits on the database.
 */
public class ReportPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	/** Injected again when the service comes or goes (the reports plugin may start after the view opened). */
	@Inject
	@Optional
	private volatile ReportService reports;

	private PeriodChooser chooser;
	private Button preview;
	private Tree tree;
	private Label status;
	private Composite exports;
	private AnnualReport shown;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(12, 10).applyTo(parent);

		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		chooser = new PeriodChooser(top, LocalDate.now());
		preview = new Button(top, SWT.PUSH);
		preview.setText(Messages.Report_preview);
		preview.addListener(SWT.Selection, e -> compile());

		tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		TreeColumn item = column(Messages.Report_item, 520, SWT.LEFT);
		TreeColumn value = column(Messages.Report_value, 100, SWT.RIGHT);
		// a chapter's line (its title and summary) is long: the item column takes the width the figures leave
		tree.addListener(SWT.Resize,
				e -> item.setWidth(Math.max(200, tree.getClientArea().width - value.getWidth())));

		Composite bottom = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bottom);
		status = Forms.summary(bottom, null);
		exports = new Composite(bottom, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(ReportFormat.values().length).applyTo(exports);
		for (ReportFormat format : ReportFormat.values()) {
			Button export = new Button(exports, SWT.PUSH);
			export.setText(NLS.bind(Messages.Report_export, format.extension().toUpperCase()));
			export.addListener(SWT.Selection, e -> export(format));
		}
		setExportsEnabled(false);
		compile();
	}

	private TreeColumn column(String text, int width, int style) {
		TreeColumn column = new TreeColumn(tree, style);
		column.setText(text);
		column.setWidth(width);
		return column;
	}

	private void compile() {
		Period period;
		try {
			period = chooser.period();
		} catch (IllegalArgumentException e) {
			status.setText(Messages.Report_badPeriod);
			return;
		}
		preview.setEnabled(false);
		status.setText(NLS.bind(Messages.Report_compiling, period.label()));
		ReportService service = reports;
		background.run(Messages.Report_compileJob, () -> available(service).compile(period, LocalDate.now(), principal),
				this::show, this::failed);
	}

	private static ReportService available(ReportService service) {
		if (service == null) {
			throw new DuchaException(Messages.Report_noService);
		}
		return service;
	}

	private void show(AnnualReport report) {
		if (tree.isDisposed()) {
			return;
		}
		shown = report;
		tree.removeAll();
		for (ReportChapter chapter : report.chapters()) {
			TreeItem section = new TreeItem(tree, SWT.NONE);
			// the figure keys of REPORT-METRICS.md are for the exported files and IT, not for the clerk's screen
			section.setText(new String[] { chapter.title() + "：" + chapter.summary(), "" });
			for (ReportFigure figure : chapter.figures()) {
				new TreeItem(section, SWT.NONE)
						.setText(new String[] { figure.label(), String.valueOf(figure.value()) });
			}
			section.setExpanded(true);
		}
		status.setText(report.chapters().isEmpty() ? NLS.bind(Messages.Report_empty, report.period().label())
				: NLS.bind(Messages.Report_shown, report.title(), report.chapters().size()));
		preview.setEnabled(true);
		setExportsEnabled(true);
	}

	private void failed(String message) {
		if (!status.isDisposed()) {
			status.setText(NLS.bind(Messages.Report_failed, message));
			preview.setEnabled(true);
		}
	}

	private void export(ReportFormat format) {
		AnnualReport report = shown;
		FileDialog dialog = new FileDialog(tree.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() });
		dialog.setFileName(report.title() + "." + format.extension());
		String chosen = FileDialogs.open(dialog);
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		setExportsEnabled(false);
		ReportService service = reports;
		FileExport.write(background, target, FileExport.toStream((out, monitor) -> {
			available(service).write(report, format, out);
			return report.chapters().size();
		}), chapters -> exported(NLS.bind(Messages.Report_exported, target)),
				reason -> exported(NLS.bind(Messages.Report_exportFailed, target, reason)));
	}

	private void exported(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			setExportsEnabled(true);
		}
	}

	private void setExportsEnabled(boolean enabled) {
		for (var child : exports.getChildren()) {
			child.setEnabled(enabled);
		}
	}

	@Focus
	void focus() {
		preview.setFocus();
	}

	/** F5: what 预览 does: the summary compiled again. */
	@Override
	public void refresh() {
		compile();
	}
}
