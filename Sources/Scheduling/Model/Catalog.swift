/// A value with a string id that is unique within its catalog.
public protocol Identified {
  var id: String { get }
}

/// Whether `text` can be an id: letters (any script), digits, `-`, `_` and `.`, so that ids
/// survive file names, URLs and command lines.
public func isValidID(_ text: String) -> Bool {
  !text.isEmpty
    && text.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || scalar == "-" || scalar == "_" || scalar == "."
    }
}

/// An ordered list of identified values with lookup by id.
///
/// Order is the file's order (saving keeps it, so diffs stay small); ids are unique, which every
/// mutating method preserves. Equality compares the elements only.
public struct Catalog<Element: Identified & Equatable & Sendable>: Equatable, Sendable,
  RandomAccessCollection
{
  public private(set) var elements: [Element] = []
  private var positions: [String: Int] = [:]

  public init() {}

  /// Creates a catalog; when two elements share an id the later one is dropped.
  public init(_ elements: some Sequence<Element>) {
    for element in elements { _ = append(element) }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { elements.count }
  public subscript(position: Int) -> Element { elements[position] }

  /// The element with this id, if any.
  public subscript(id id: String) -> Element? { positions[id].map { elements[$0] } }

  /// The position of the element with this id.
  public func index(of id: String) -> Int? { positions[id] }

  public func contains(id: String) -> Bool { positions[id] != nil }

  public var ids: [String] { elements.map(\.id) }

  /// Appends `element` unless its id is taken; returns whether it was added.
  @discardableResult
  public mutating func append(_ element: Element) -> Bool {
    insert(element, at: elements.count)
  }

  /// Inserts `element` at `index` unless its id is taken; returns whether it was added.
  @discardableResult
  public mutating func insert(_ element: Element, at index: Int) -> Bool {
    guard positions[element.id] == nil else { return false }
    elements.insert(element, at: index)
    if index == elements.count - 1 {
      positions[element.id] = index
    } else {
      reindex(from: index)
    }
    return true
  }

  /// Replaces the element that has `element.id`; returns the old value.
  @discardableResult
  public mutating func update(_ element: Element) -> Element? {
    guard let index = positions[element.id] else { return nil }
    let old = elements[index]
    elements[index] = element
    return old
  }

  /// Removes the element with this id; returns it and where it was.
  @discardableResult
  public mutating func remove(id: String) -> (element: Element, index: Int)? {
    guard let index = positions[id] else { return nil }
    let element = elements.remove(at: index)
    positions[id] = nil
    reindex(from: index)
    return (element, index)
  }

  /// Changes the element at `index` through `body`. Its id must not change.
  public mutating func modify<R>(at index: Int, _ body: (inout Element) -> R) -> R {
    let id = elements[index].id
    let result = body(&elements[index])
    precondition(elements[index].id == id, "Catalog.modify must not change an id")
    return result
  }

  private mutating func reindex(from index: Int) {
    for i in index..<elements.count { positions[elements[i].id] = i }
  }

  public static func == (a: Catalog, b: Catalog) -> Bool { a.elements == b.elements }
}

extension Catalog: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}
