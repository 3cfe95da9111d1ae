/// libFuzzer entry point for TerminalKit's `KeyDecoder` (compiled together with Key.swift).
///
/// The bytes are a script: most bytes are fed as one input scalar; 0xF0 + 4 bytes feeds an
/// arbitrary 32-bit value (surrogates, values past U+10FFFF); 0xF1 + 1 byte a key code; 0xF2
/// flushes (the ESC timeout); 0xF3 ends a paste whose end marker never came. Checked after every
/// step: a paste never holds more than the limit, and a flush outside a paste leaves nothing half read.
@_cdecl("LLVMFuzzerTestOneInput")
public func keyDecoderFuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let limit = 32
    var decoder = KeyDecoder(pasteLimit: limit)
    var keys: [Key] = []
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        i += 1
        switch b {
        case 0xF0 where i + 4 <= bytes.count:
            let v =
                UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            i += 4
            keys += decoder.feed(.scalar(v))
        case 0xF1 where i < bytes.count:
            let codes: [KeyCode] = [
                .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backTab, .enter, .backspace, .delete,
                .insert, .function(Int(bytes[i] % 13)), .resize, .other(Int(bytes[i])),
            ]
            keys += decoder.feed(.keyCode(codes[Int(bytes[i]) % codes.count]))
            i += 1
        case 0xF2:
            let pasting = decoder.isPasting
            keys += decoder.flush()
            precondition(pasting || !decoder.isWaiting, "a flush left input half read")
        case 0xF3:
            keys += decoder.finishPaste()
            precondition(!decoder.isPasting, "finishPaste left the paste open")
        default:
            keys += decoder.feed(.scalar(UInt32(b)))
        }
        for key in keys {
            if case .paste(let text) = key { precondition(text.unicodeScalars.count <= limit, "paste over its limit") }
            _ = key.name
        }
        keys.removeAll(keepingCapacity: true)
    }
    _ = decoder.flush()
    _ = decoder.finishPaste()
    return 0
}
