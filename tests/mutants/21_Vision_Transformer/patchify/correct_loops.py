# 격자를 반복문으로 돌며 조각을 잘라 펴서 쌓는다 (느리지만 같은 순서)
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch != 0 or W % patch != 0:
        raise ValueError(f"크기 ({H}, {W})가 패치 {patch}의 배수가 아닙니다")
    pieces = []
    for r in range(H // patch):
        for s in range(W // patch):
            piece = images[:, :, r * patch : (r + 1) * patch, s * patch : (s + 1) * patch]
            pieces.append(piece.reshape(B, -1))
    return torch.stack(pieces, dim=1)
