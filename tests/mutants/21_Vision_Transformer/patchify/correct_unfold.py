# F.unfold(im2col)는 (B, C·p·p, N)을 채널 우선·행 우선 순서로 돌려주므로 축만 바꾸면 된다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch or W % patch:
        raise ValueError(f"H={H}, W={W} is not divisible by patch={patch}")
    return F.unfold(images, kernel_size=patch, stride=patch).transpose(1, 2)
