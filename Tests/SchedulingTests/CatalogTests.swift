import Testing

@testable import Scheduling

@Suite struct CatalogTests {
  @Test func keepsIdsUniqueAndIndexed() {
    var catalog: Catalog<Theme> = [Theme(id: "a", name: "A"), Theme(id: "b", name: "B")]
    let appended = catalog.append(Theme(id: "a", name: "again"))
    #expect(!appended)
    let inserted = catalog.insert(Theme(id: "c", name: "C"), at: 0)
    #expect(inserted)
    #expect(catalog.ids == ["c", "a", "b"])
    #expect(catalog.index(of: "b") == 2)
    let removed = catalog.remove(id: "c")
    #expect(removed?.index == 0)
    #expect(catalog.index(of: "a") == 0)
    #expect(catalog[id: "b"]?.name == "B")
    let old = catalog.update(Theme(id: "b", name: "Bee"))
    #expect(old?.name == "B")
    #expect(catalog[id: "b"]?.name == "Bee")
    let missing = catalog.update(Theme(id: "zz", name: "none"))
    #expect(missing == nil)
  }

  @Test func equalityIgnoresTheLookupTable() {
    var a: Catalog<Theme> = [Theme(id: "a", name: "A")]
    a.append(Theme(id: "b", name: "B"))
    _ = a.remove(id: "b")
    let b: Catalog<Theme> = [Theme(id: "a", name: "A")]
    #expect(a == b)
  }
}
