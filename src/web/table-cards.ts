// On a phone every table is drawn as cards (styles.css), where a cell no longer sits under its
// column's heading: each cell is given the heading's words to show before it instead.

/** Sets data-label on every body and footer cell of the document's tables from their column headings. */
export function labelTableCells(root: ParentNode = document): void {
  for (const table of root.querySelectorAll('table')) {
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
      [...row.children].forEach((cell, i) => {
        const label = headings[i];
        if (cell.tagName === 'TD' && label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      });
    }
  }
}
