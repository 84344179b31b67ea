package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.app.print.PageFormat;
import ducha.app.print.PageLayout;
import ducha.app.print.PrintBlock;
import ducha.app.print.Printout;

/**
 * The page layout of 打印 and 打印预览: every row printed once and in order, the header row repeated on every page,
 * the title line and 第 N 页 共 M 页 on each, columns fitted to the paper, long cells wrapped, many columns across
 * the paper, pictures scaled to the page. Laid out on an image of the screen, as the preview does.
 */
class PageLayoutUITest {

	private static final List<String> HEADERS = List.of("编号", "被反映人", "事项", "期限");
	private static final String LONG = "关于某庭室干警在审理一起民间借贷纠纷案件过程中违反规定会见当事人及其代理律师并接受宴请的情况反映，"
			+ "经初步核实部分属实，需要进一步调查处理。";

	private final Display display = Display.getCurrent();
	private Image image;
	private GC gc;

	@BeforeEach
	void gc() {
		PageFormat a4 = a4(false);
		image = new Image(display, a4.width(), a4.height());
		gc = new GC(image);
	}

	@AfterEach
	void dispose() {
		gc.dispose();
		image.dispose();
	}

	private PageFormat a4(boolean landscape) {
		return PageFormat.a4(display.getDPI().x, display.getDPI().y, landscape);
	}

	private static List<List<String>> rows(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> List.of(String.format("DB-%04d", i), "张三" + i,
				i % 10 == 0 ? LONG : "一般事项" + i, LocalDate.of(2026, 1, 1).plusDays(i).toString())).toList();
	}

	@Test
	void aLongListRunsOverPagesWithEveryRowOnceInOrderUnderARepeatedHeader() throws Exception {
		List<List<String>> rows = rows(150);
		Printout printout = new Printout("督办", "某某市中级人民法院", LocalDate.of(2026, 12, 7),
				List.of(new PrintBlock.Table(null, HEADERS, rows)));
		try (PageLayout layout = new PageLayout(printout, a4(false), gc)) {
			int pages = layout.pageCount();
			assertTrue(pages >= 3, "150 rows take several A4 pages, not " + pages);
			List<Integer> printed = new ArrayList<>();
			for (int page = 0; page < pages; page++) {
				List<Integer> onPage = layout.rowsOn(page, 0);
				assertFalse(onPage.isEmpty(), "page " + (page + 1) + " holds rows");
				assertTrue(onPage.size() >= 15, "a page holds a page's worth of rows: " + onPage.size());
				printed.addAll(onPage);
				List<String> texts = layout.texts(page);
				assertEquals("督办", texts.get(0), "the view's name heads every page");
				assertTrue(texts.get(1).contains("某某市中级人民法院") && texts.get(1).contains("2026-12-07"),
						"the court's name and the day: " + texts.get(1));
				assertEquals(HEADERS, texts.subList(2, 6), "the header row on page " + (page + 1));
				assertEquals("第 " + (page + 1) + " 页 共 " + pages + " 页", texts.get(texts.size() - 1));
				// the first cell of each row printed on the page, in the printed order
				List<String> numbers = texts.stream().filter(t -> t.startsWith("DB-")).toList();
				assertEquals(onPage.stream().map(r -> rows.get(r).get(0)).toList(), numbers);
			}
			assertEquals(IntStream.range(0, rows.size()).boxed().toList(), printed, "every row once, in order");

			int body = a4(false).width() - 2 * (int) Math.round(15 / 25.4 * display.getDPI().x);
			assertEquals(body, IntStream.of(layout.columnWidths(0)).sum(), "the columns fill the paper's width");
			List<String> all = IntStream.range(0, pages).mapToObj(layout::texts).flatMap(List::stream).toList();
			assertFalse(all.contains(LONG), "a long cell does not run out of its column");
			int start = IntStream.range(0, all.size()).filter(i -> !all.get(i).isEmpty()
					&& LONG.startsWith(all.get(i))).findFirst()
					.orElseThrow(() -> new AssertionError("the long cell's first line"));
			StringBuilder joined = new StringBuilder();
			for (int i = start; joined.length() < LONG.length(); i++) {
				joined.append(all.get(i));
			}
			assertEquals(LONG, joined.toString(), "the long cell wrapped onto lines of its column, nothing lost");

			// drawn, the page is not blank
			layout.draw(gc, 0);
			assertTrue(darkPixels(image.getImageData()) > 1000, "the first page is drawn");
			dump(layout, "list");
		}
	}

	@Test
	void anEmptyListPrintsItsHeaderAndSaysSoOnOnePage() {
		Printout printout = new Printout("督办", "", LocalDate.of(2026, 12, 7),
				List.of(new PrintBlock.Table(null, HEADERS, List.of())));
		try (PageLayout layout = new PageLayout(printout, a4(false), gc)) {
			assertEquals(1, layout.pageCount());
			List<String> texts = layout.texts(0);
			assertEquals("打印日期：2026-12-07", texts.get(1), "no court's name when none is set");
			assertTrue(texts.containsAll(HEADERS));
			assertTrue(texts.contains("（无记录）"));
			assertEquals("第 1 页 共 1 页", texts.get(texts.size() - 1));
		}
	}

	@Test
	void manyColumnsPrintAcrossThePaper() {
		List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "列" + i).toList();
		Printout wide = new Printout("案件登记", "", LocalDate.now(), List.of(new PrintBlock.Table(null, ten,
				List.of(ten))));
		Printout narrow = new Printout("督办", "", LocalDate.now(), List.of(new PrintBlock.Table(null, HEADERS,
				rows(5))));
		assertTrue(PageLayout.wantsLandscape(wide, gc), "ten columns go across the paper");
		assertFalse(PageLayout.wantsLandscape(narrow, gc), "four columns fit an upright page");
		assertTrue(a4(true).landscape());
		assertEquals(a4(false).width(), a4(true).height());
	}

	@Test
	void picturesAreScaledToThePageAndOneThatDoesNotFitStartsTheNext() throws Exception {
		ImageData chart = new ImageData(400, 300, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		Printout printout = new Printout("统计图表", "", LocalDate.now(), List.of(new PrintBlock.Picture("图一", chart),
				new PrintBlock.Picture("图二", chart), new PrintBlock.Table(null, HEADERS, rows(3))));
		try (PageLayout layout = new PageLayout(printout, a4(false), gc)) {
			List<PageLayout.Piece> first = layout.pieces(0);
			assertEquals(0, first.get(0).block());
			int body = IntStream.of(layout.columnWidths(2)).sum();
			assertEquals(body, first.get(0).width(), "the picture as wide as the page's body");
			assertEquals(2, layout.pageCount(), "the second picture does not fit under the first");
			assertEquals(1, first.size());
			assertEquals(List.of(1, 2), layout.pieces(1).stream().map(PageLayout.Piece::block).toList(),
					"the list follows the second picture on its page");
			assertTrue(layout.texts(0).contains("图一"));
			layout.draw(gc, 0);
			dump(layout, "pictures");
		}
	}

	@Test
	void aDocumentsParagraphsWrapAndRunOnToTheNextPageInOrder() throws Exception {
		List<PrintBlock.Paragraph> paragraphs = new ArrayList<>();
		paragraphs.add(new PrintBlock.Paragraph("关于2026年第三季度案件评查情况的通报", PrintBlock.Style.TITLE));
		paragraphs.add(new PrintBlock.Paragraph("2026年第3期", PrintBlock.Style.CENTRED));
		for (int i = 1; i <= 40; i++) {
			paragraphs.add(new PrintBlock.Paragraph(i + "．" + LONG, PrintBlock.Style.BODY));
		}
		paragraphs.add(new PrintBlock.Paragraph("政治部（督察室）", PrintBlock.Style.RIGHT));
		Printout printout = new Printout("案件通报", "", LocalDate.of(2026, 12, 7),
				List.of(new PrintBlock.Text(paragraphs)));
		try (PageLayout layout = new PageLayout(printout, a4(false), gc)) {
			assertTrue(layout.pageCount() >= 2, "forty long paragraphs take more than a page");
			List<String> lines = new ArrayList<>();
			List<Integer> printed = new ArrayList<>();
			for (int page = 0; page < layout.pageCount(); page++) {
				List<String> texts = layout.texts(page);
				// the title line and the court's line first, the page's foot last
				lines.addAll(texts.subList(2, texts.size() - 1));
				printed.addAll(layout.rowsOn(page, 0));
				assertEquals("第 " + (page + 1) + " 页 共 " + layout.pageCount() + " 页", texts.get(texts.size() - 1));
			}
			assertEquals(IntStream.range(0, lines.size()).boxed().toList(), printed, "every line once, in order");
			assertEquals("关于2026年第三季度案件评查情况的通报", lines.get(0));
			assertEquals("政治部（督察室）", lines.get(lines.size() - 1));
			String body = String.join("", lines.subList(2, lines.size() - 1));
			StringBuilder expected = new StringBuilder();
			for (int i = 1; i <= 40; i++) {
				expected.append("\u3000\u3000").append(i).append("．").append(LONG);
			}
			assertEquals(expected.toString(), body, "the paragraphs wrapped, indented, nothing lost");
			assertTrue(lines.size() > 42, "long paragraphs take several lines each");
			layout.draw(gc, 0);
			dump(layout, "document");
		}
	}

	/** With -Dducha.screenshots=DIR: the first page as a PNG, to look at. */
	private void dump(PageLayout layout, String name) throws Exception {
		String folder = System.getProperty("ducha.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Files.createDirectories(Path.of(folder));
		ImageLoader loader = new ImageLoader();
		PageFormat format = layout.format();
		Image page = new Image(display, format.width(), format.height());
		GC pageGc = new GC(page);
		try {
			pageGc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			pageGc.fillRectangle(0, 0, format.width(), format.height());
			layout.draw(pageGc, 0);
			loader.data = new ImageData[] { page.getImageData() };
			loader.save(Path.of(folder, "print-" + name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			pageGc.dispose();
			page.dispose();
		}
	}

	private static int darkPixels(ImageData data) {
		int dark = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 300) {
					dark++;
				}
			}
		}
		return dark;
	}
}
