package ducha.core.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of a sheet merged over several rows, read as their value in every row they cover: a 部门 cell merged
 * down the rows of one department is the office's way of writing "the same department", and each of those rows is a
 * record of it. A cell merged across columns only keeps its value in its first column (POI would repeat it in every
 * column of the region, putting one value under several headers), so a merged title row stays one text.
 * <p>
 * A sheet lists its merged cells after its rows, so a streamed sheet is parsed once for them before its rows are.
 */
final class MergedRegions {

	/** The regions spanning more than one row, by first row. */
	private final List<Region> regions;
	private final List<Region> active = new ArrayList<>();
	private int next;

	/** One region: its column, rows, and the value of its first cell once that row was read. */
	private static final class Region {
		final int column;
		final int firstRow;
		final int lastRow;
		String value;

		Region(CellRangeAddress range) {
			column = range.getFirstColumn();
			firstRow = range.getFirstRow();
			lastRow = range.getLastRow();
		}
	}

	private MergedRegions(List<Region> regions) {
		this.regions = regions;
	}

	/** The merged cells of the sheet part. */
	static MergedRegions of(PackagePart sheet) throws IOException, SAXException, ParserConfigurationException {
		List<Region> found = new ArrayList<>();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
					CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
					if (range.getLastRow() > range.getFirstRow() && range.getFirstRow() >= 0) {
						found.add(new Region(range));
					}
				}
			}
		});
		try (InputStream in = sheet.getInputStream()) {
			parser.parse(new InputSource(in));
		}
		found.sort(Comparator.comparingInt(r -> r.firstRow));
		return new MergedRegions(found);
	}

	/**
	 * Fills the row's cells that lie under a region below its first row with the region's value; rows come in
	 * sheet order.
	 *
	 * @param row   the row's index (0 for Excel's row 1)
	 * @param cells the row's cells by column, extended as needed
	 */
	void fill(int row, List<String> cells) {
		while (next < regions.size() && regions.get(next).firstRow <= row) {
			active.add(regions.get(next++));
		}
		for (Iterator<Region> i = active.iterator(); i.hasNext();) {
			Region region = i.next();
			if (region.lastRow < row) {
				i.remove();
			} else if (region.firstRow == row) {
				region.value = region.column < cells.size() ? cells.get(region.column) : null;
			} else if (region.value != null && !region.value.isEmpty()) {
				while (cells.size() <= region.column) {
					cells.add("");
				}
				if (cells.get(region.column).isEmpty()) {
					cells.set(region.column, region.value);
				}
			}
		}
	}
}
