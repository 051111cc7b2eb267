package org.modelgate.web.ui.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.LibraryEntryResponse;
import org.modelgate.web.ui.LocalNames;

/**
 * The city model library: the models listed for city-wide use with their clue funnel totals and
 * coverage. The service answers the whole library (it is small: only adopted models and those being
 * adopted), so search, sort and paging happen in the table.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdoptionService adoption;

  private List<LibraryEntryResponse> entries;
  private List<LibraryEntryResponse> filtered;

  public List<LibraryEntryResponse> getEntries() {
    if (entries == null) {
      entries = adoption.library();
    }
    return entries;
  }

  public List<LibraryEntryResponse> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<LibraryEntryResponse> filtered) {
    this.filtered = filtered;
  }

  /** The owning units present, for the filter, named in the page's language. */
  public List<String> getUnits() {
    return getEntries().stream()
        .map(entry -> LocalNames.of(entry.owningUnitName(), entry.owningUnitNameEn()))
        .distinct()
        .sorted()
        .toList();
  }
}
