// Saves a file the server wrote for this person (the rejected rows of a CSV they previewed) without a round trip
// through an endpoint: the file exists only in their circuit. Imported on demand by the component that offers it.
export async function saveFile(fileName, contentType, streamReference) {
    const bytes = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
}
